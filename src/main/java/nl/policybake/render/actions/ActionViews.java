package nl.policybake.render.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.policybake.model.actions.ActionColumn;
import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.actions.ActionRow;
import nl.policybake.model.actions.ActionStatus;
import nl.policybake.model.actions.ActionTableBlock;
import nl.policybake.model.Agenda;
import nl.policybake.model.Period;
import nl.policybake.model.SiteUrls;
import nl.policybake.render.view.Texts;

/**
 * Builds the tables and the status words of action lines. Used for the action-line pages and for the blocks in
 * documents, so a table looks the same wherever it appears.
 */
public final class ActionViews {

    private static final Map<ActionStatus, String> ICONS = new EnumMap<>(Map.of(ActionStatus.GROEN, "●",
            ActionStatus.GEEL, "▲", ActionStatus.ROOD, "■", ActionStatus.NIET_BEOORDEELD, "○",
            ActionStatus.ONBEKEND, "?"));

    private final Texts text;
    private final Function<String, String> href;

    /**
     * @param text the theme's UI strings
     * @param href turns a site URL into a link (adds the base path)
     */
    public ActionViews(Texts text, Function<String, String> href) {
        this.text = text;
        this.href = href;
    }

    public StatusView status(ActionStatus s) {
        return new StatusView(s.key(), ICONS.get(s), text.text("status." + s.key()),
                text.text("status." + s.key() + ".long"));
    }

    public String lineUrl(Agenda a, Period p, ActionLine l) {
        return href.apply(SiteUrls.actionLine(a.id(), p.id(), l.slug()));
    }

    /** The table of one action line, all its rows. */
    public ActionTableView table(Agenda a, Period p, ActionLine line) {
        return table(a, p, List.of(line), r -> true, false);
    }

    /** The table an {@code actielijnen} block asks for. */
    public ActionTableView table(Agenda a, Period p, ActionTableBlock block) {
        List<ActionLine> lines = new ArrayList<>();
        if (block.ids().isEmpty()) {
            lines.addAll(p.actionLines());
        } else {
            block.ids().forEach(id -> p.actionLine(id).ifPresent(lines::add));
        }
        lines.removeIf(l -> !block.themes().isEmpty() && !block.themes().contains(l.theme()));
        Predicate<ActionRow> filter = r -> (block.statuses().isEmpty() || block.statuses().contains(r.status()))
                && (block.scales().isEmpty() || r.scales().stream().anyMatch(block.scales()::contains))
                && (block.years().isEmpty() || r.years().stream().anyMatch(block.years()::contains));
        return table(a, p, lines, filter, lines.size() != 1);
    }

    private ActionTableView table(Agenda a, Period p, List<ActionLine> lines, Predicate<ActionRow> filter,
                                  boolean grouped) {
        Map<ActionColumn, String> columns = new EnumMap<>(ActionColumn.class);
        for (ActionLine l : lines) for (ActionLine.Column c : l.columns()) columns.putIfAbsent(c.column(), c.label());
        List<ActionTableView.Row> rows = new ArrayList<>();
        for (ActionLine l : lines) {
            List<ActionRow> shown = l.rows().stream().filter(filter).toList();
            for (int i = 0; i < shown.size(); i++) {
                rows.add(row(l, lineUrl(a, p, l), i == 0 && grouped ? shown.size() : 0, shown.get(i), columns));
            }
        }
        List<Boolean> numeric = columns.keySet().stream().map(c -> c == ActionColumn.BUDGET).toList();
        String caption = lines.size() == 1
                ? text.text("actions.caption", lines.get(0).id(), lines.get(0).title())
                : text.text("actions.captionAll", p.id());
        String url = lines.size() == 1 ? lineUrl(a, p, lines.get(0)) : href.apply(SiteUrls.actions(a.id(), p.id()));
        return new ActionTableView(caption, url, grouped, List.copyOf(columns.values()), numeric, List.copyOf(rows));
    }

    private ActionTableView.Row row(ActionLine l, String url, int groupSize, ActionRow r,
                                    Map<ActionColumn, String> columns) {
        List<ActionTableView.Cell> cells = new ArrayList<>();
        for (ActionColumn c : columns.keySet()) {
            if (c == ActionColumn.STATUS) {
                String rest = r.statusText().contains(":")
                        ? r.statusText().substring(r.statusText().indexOf(':') + 1).strip() : "";
                cells.add(new ActionTableView.Cell(rest.isEmpty() ? List.of() : List.of(rest), status(r.status())));
            } else {
                cells.add(new ActionTableView.Cell(lines(c, r), null));
            }
        }
        return new ActionTableView.Row(l.id(), l.title(), url, groupSize, List.copyOf(cells), r.status().key(),
                String.join(" ", r.scales()), String.join(" ", r.years().stream().map(String::valueOf).toList()),
                String.join("|", r.partners()), r.municipality());
    }

    private static List<String> lines(ActionColumn c, ActionRow r) {
        String value = switch (c) {
            case RESULTAAT -> r.result();
            case ACTIVITEITEN -> r.activities();
            case PARTNERS -> r.partnersText();
            case SCHAAL -> r.scale();
            case JAAR -> r.year();
            case DEADLINE -> r.deadline();
            case OPBRENGST -> r.yield();
            case GEMEENTE -> r.municipality();
            case BUDGET -> r.budget();
            case TOELICHTING -> r.explanation();
            case STATUS -> r.statusText();
        };
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\n")).map(String::strip).toList();
    }

    /** Counts of each status that occurs in {@code lines}, in the order of the statuses. */
    public List<ActionLineView.StatusCount> counts(List<ActionLine> lines) {
        Map<ActionStatus, Long> counts = new LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            long n = lines.stream().mapToLong(l -> l.count(s)).sum();
            if (n > 0) counts.put(s, n);
        }
        List<ActionLineView.StatusCount> list = new ArrayList<>();
        counts.forEach((s, n) -> list.add(new ActionLineView.StatusCount(status(s), n)));
        return list;
    }
}
