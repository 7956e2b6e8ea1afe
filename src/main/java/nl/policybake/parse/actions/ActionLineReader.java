package nl.policybake.parse.actions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.policybake.config.Suggestions;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.actions.ActionRow;
import nl.policybake.model.actions.ActionStatus;
import nl.policybake.model.Body;
import nl.policybake.parse.csv.CsvTable;

/**
 * Turns an action-line table into action lines. Rows with the same {@code Actielijn} form one action line; an empty
 * id continues the action line above, as Excel exports merged cells. Every problem is reported with its line, and
 * the table's other rows are still read, so one run shows them all.
 */
public final class ActionLineReader {

    private final Diagnostics diags;

    public ActionLineReader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The action lines of {@code table}, in file order, for a period that ends in {@code lastYear}. */
    public List<ActionLine> read(CsvTable table, int lastYear) {
        Map<Field, Integer> index = columns(table);
        if (!index.containsKey(Field.ACTIELIJN) || !index.containsKey(Field.TITEL)) {
            for (Field f : List.of(Field.ACTIELIJN, Field.TITEL)) {
                if (!index.containsKey(f)) diags.error(SourcePos.of(table.path(), table.headerLine()), "actions.noColumn",
                        f.header());
            }
            return List.of();
        }
        List<ActionLine.Column> columns = new ArrayList<>();
        for (Map.Entry<Field, Integer> e : index.entrySet()) {
            if (e.getKey().column() != null) {
                columns.add(new ActionLine.Column(e.getKey().column(), table.header().get(e.getValue())));
            }
        }
        columns.sort(java.util.Comparator.comparing(ActionLine.Column::column));
        Map<String, Group> groups = new LinkedHashMap<>();
        Group current = null;
        for (CsvTable.Row row : table.rows()) {
            String id = cell(row, index, Field.ACTIELIJN);
            if (id.isEmpty() && current == null) {
                diags.error(SourcePos.of(table.path(), row.line()), "actions.noId");
                continue;
            }
            if (!id.isEmpty() && (current == null || !current.id.equals(id))) {
                if (groups.containsKey(id)) {
                    diags.error(SourcePos.of(table.path(), row.line()), "actions.idAgain", id, groups.get(id).line);
                    continue;
                }
                if (!id.matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
                    diags.error(SourcePos.of(table.path(), row.line()), "actions.badId", id);
                    continue;
                }
                current = new Group(id, row.line());
                groups.put(id, current);
            }
            current.add(table.path(), row, index, lastYear);
        }
        List<ActionLine> lines = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.title.isEmpty()) diags.error(SourcePos.of(table.path(), g.line), "actions.noTitle", g.id);
            lines.add(new ActionLine(g.id, slug(g.id), g.title, g.theme, table.path(), g.line, Body.EMPTY,
                    List.copyOf(g.rows), List.copyOf(columns), g.continues.isEmpty() ? Optional.empty()
                    : Optional.of(g.continues)));
        }
        return lines;
    }

    /** The URL segment of an action line: {@code 5.1} becomes {@code 5-1}. */
    public static String slug(String id) {
        return id.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    private Map<Field, Integer> columns(CsvTable table) {
        Map<Field, Integer> index = new EnumMap<>(Field.class);
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (name.isEmpty()) continue;
            Optional<Field> field = Field.of(name);
            if (field.isEmpty()) {
                Optional<String> near = Suggestions.closest(name, Field.allHeaders());
                SourcePos pos = SourcePos.of(table.path(), table.headerLine());
                if (near.isPresent()) diags.error(pos, "actions.unknownColumn.suggest", name, near.get());
                else diags.error(pos, "actions.unknownColumn", name);
            } else if (index.containsKey(field.get())) {
                diags.error(SourcePos.of(table.path(), table.headerLine()), "actions.sameColumn", name,
                        table.header().get(index.get(field.get())));
            } else {
                index.put(field.get(), i);
            }
        }
        return index;
    }

    private static String cell(CsvTable.Row row, Map<Field, Integer> index, Field f) {
        Integer i = index.get(f);
        return i == null ? "" : row.cell(i).strip();
    }

    /** The rows of one action line while they are read. */
    private final class Group {
        final String id;
        final int line;
        String title = "";
        String theme = "";
        String continues = "";
        final List<ActionRow> rows = new ArrayList<>();

        Group(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void add(String path, CsvTable.Row row, Map<Field, Integer> index, int lastYear) {
            title = agree(path, row, "Titel", title, cell(row, index, Field.TITEL));
            theme = agree(path, row, "Thema", theme, cell(row, index, Field.THEMA));
            continues = agree(path, row, "Vervolg op", continues, cell(row, index, Field.VERVOLG));
            String statusText = cell(row, index, Field.STATUS);
            Optional<ActionStatus> status = CellValues.status(statusText);
            if (status.isEmpty()) diags.error(SourcePos.of(path, row.line()), "actions.badStatus", statusText);
            String scale = cell(row, index, Field.SCHAAL);
            String year = cell(row, index, Field.JAAR);
            String partners = cell(row, index, Field.PARTNERS);
            rows.add(new ActionRow(row.line(), cell(row, index, Field.RESULTAAT), cell(row, index, Field.ACTIVITEITEN),
                    partners, CellValues.partners(partners), scale, CellValues.scales(scale), year,
                    CellValues.years(year, lastYear), status.orElse(ActionStatus.ONBEKEND), statusText,
                    cell(row, index, Field.TOELICHTING), cell(row, index, Field.DEADLINE),
                    cell(row, index, Field.OPBRENGST), cell(row, index, Field.GEMEENTE), cell(row, index, Field.BUDGET)));
        }

        private String agree(String path, CsvTable.Row row, String what, String known, String value) {
            if (value.isEmpty()) return known;
            if (!known.isEmpty() && !known.equals(value)) {
                diags.error(SourcePos.of(path, row.line()), "actions.disagree", what, id, value, known);
                return known;
            }
            return value;
        }
    }
}
