package nl.policybake.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.model.actions.ActionTableBlock;
import nl.policybake.model.Agenda;
import nl.policybake.model.Block;
import nl.policybake.model.Body;
import nl.policybake.model.data.ChartBlock;
import nl.policybake.model.data.DataTableBlock;
import nl.policybake.model.Period;
import nl.policybake.render.actions.ActionViews;
import nl.policybake.render.chart.DataViews;
import nl.policybake.render.theme.Templates;

/**
 * Puts the rendered tables and charts of a body's blocks where their markers are, and hands the HTML on as
 * trusted. Thread-safe: the page jobs of a period are built on several threads.
 */
final class BlockFiller {

    private final Templates templates;
    private final ActionViews actions;
    private final DataViews data;
    private final RenderCache cache;
    /**
     * The charts drawn for the current agenda's pages: its monitor page shows them again, with the same ids. A
     * one-off build's cache keeps nothing, and drawing is the costly part (a tenth of a build with many charts).
     */
    private final Map<FigureKey, Object> agendaFigures = new ConcurrentHashMap<>();

    BlockFiller(Templates templates, ActionViews actions, DataViews data, RenderCache cache) {
        this.templates = templates;
        this.actions = actions;
        this.data = data;
        this.cache = cache;
    }

    /**
     * The body's HTML with every block filled in.
     *
     * @param owner the source the body comes from; chart ids derive from it, so they are unique and stable
     * @param agenda the agenda and {@code period} of the body, both null outside a period
     */
    SafeString html(Body body, String owner, Agenda agenda, Period period) {
        String html = body.html();
        if (body.blocks().isEmpty()) return new SafeString(html);
        String[] filled = new String[body.blocks().size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = fill(body.blocks().get(i), chartId(owner, i), agenda, period);
        }
        String once = inOnePass(html, filled);
        if (once != null) return new SafeString(once);
        for (int i = 0; i < filled.length; i++) html = html.replace(Block.marker(i), filled[i]);
        return new SafeString(html);
    }

    /**
     * The markers replaced in one pass over the body, not one per block (a body with charts is long), when the
     * body's U+E000 characters are exactly its markers in order and no block brings one, as the Markdown stage
     * writes them; otherwise null.
     */
    private static String inOnePass(String html, String[] filled) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int done = 0;
        for (int i = 0; i < filled.length; i++) {
            String marker = Block.marker(i);
            int at = html.indexOf('\uE000', done);
            if (at < 0 || !html.startsWith(marker, at) || filled[i].indexOf('\uE000') >= 0) return null;
            out.append(html, done, at).append(filled[i]);
            done = at + marker.length();
        }
        return html.indexOf('\uE000', done) >= 0 ? null : out.append(html, done, html.length()).toString();
    }

    /** The HTML of one block. */
    String fill(Block b, String id, Agenda agenda, Period period) {
        if (b instanceof ActionTableBlock block && period != null) {
            return render("action-table.peb", Map.of("table", actions.table(agenda, period, block)));
        }
        if (b instanceof DataTableBlock block) {
            return render("data-table.peb", Map.of("table", data.table(block)));
        }
        if (b instanceof ChartBlock block) {
            List<Period> periods = agenda == null ? List.of() : agenda.periods();
            // a chart depends on its block and id, and on the periods only through their ids and first years
            List<List<Object>> marks = periods.stream().map(p -> List.<Object>of(p.id(), p.start().getYear())).toList();
            FigureKey key = new FigureKey(block, id, marks);
            Object figure = agendaFigures.get(key);
            if (figure == null) {
                figure = cache.memo(key, () -> Optional.of(data.figure(block, id, periods))).orElseThrow();
                agendaFigures.putIfAbsent(key, figure);
            }
            return render("figure.peb", Map.of("figure", figure));
        }
        return "";
    }

    /** Lets go of the charts kept for a monitor page: called when an agenda's pages begin and when a render ends. */
    void forgetFigures() {
        agendaFigures.clear();
    }

    private String render(String template, Map<String, Object> values) {
        return cache.memo(new TemplateKey(template, values), () -> templates.render(template, values)).orElse("");
    }

    /** A template and the values it was evaluated over. */
    record TemplateKey(String template, Map<String, Object> values) {
    }

    private record FigureKey(ChartBlock block, String id, List<List<Object>> marks) {
    }

    /** A short id that depends only on where the block is: "chart-" and a hash of its source and index. */
    static String chartId(String owner, int index) {
        return "chart-" + Integer.toHexString((owner + "#" + index).hashCode());
    }
}
