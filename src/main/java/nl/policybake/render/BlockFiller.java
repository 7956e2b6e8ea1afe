package nl.policybake.render;

import java.util.List;
import java.util.Map;

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

/**
 * Puts the rendered tables and charts of a body's blocks where their markers are, and hands the HTML on as
 * trusted. Not thread-safe: used while the page jobs are built, one thread.
 */
final class BlockFiller {

    private final Templates templates;
    private final ActionViews actions;
    private final DataViews data;

    BlockFiller(Templates templates, ActionViews actions, DataViews data) {
        this.templates = templates;
        this.actions = actions;
        this.data = data;
    }

    /**
     * The body's HTML with every block filled in.
     *
     * @param owner the source the body comes from; chart ids derive from it, so they are unique and stable
     * @param agenda the agenda and {@code period} of the body, both null outside a period
     */
    SafeString html(Body body, String owner, Agenda agenda, Period period) {
        String html = body.html();
        for (int i = 0; i < body.blocks().size(); i++) {
            html = html.replace(Block.marker(i), fill(body.blocks().get(i), chartId(owner, i), agenda, period));
        }
        return new SafeString(html);
    }

    /** The HTML of one block. */
    String fill(Block b, String id, Agenda agenda, Period period) {
        if (b instanceof ActionTableBlock block && period != null) {
            return templates.render("action-table.peb", Map.of("table", actions.table(agenda, period, block))).orElse("");
        }
        if (b instanceof DataTableBlock block) {
            return templates.render("data-table.peb", Map.of("table", data.table(block))).orElse("");
        }
        if (b instanceof ChartBlock block) {
            List<Period> periods = agenda == null ? List.of() : agenda.periods();
            return templates.render("figure.peb", Map.of("figure", data.figure(block, id, periods))).orElse("");
        }
        return "";
    }

    /** A short id that depends only on where the block is: "chart-" and a hash of its source and index. */
    static String chartId(String owner, int index) {
        return "chart-" + Integer.toHexString((owner + "#" + index).hashCode());
    }
}
