package nl.policybake.parse.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Block;
import nl.policybake.model.data.ChartBlock;
import nl.policybake.model.data.DataRow;
import nl.policybake.model.data.DataTableBlock;
import nl.policybake.model.data.Dataset;
import nl.policybake.parse.block.BlockLines;
import nl.policybake.parse.block.BlockLines.Line;

/**
 * Reads {@code table} and {@code chart} blocks ({@code key: value} lines, see docs/data.md), resolves their data
 * file and checks a table's totals and sums. Returns null after reporting when the block cannot be shown.
 */
public final class DataBlockOptions {

    public static final String TABLE = "table";
    public static final String CHART = "chart";

    private static final List<String> TABLE_KEYS = List.of("data", "title", "unit", "source", "columns", "sum",
            "difference");
    private static final List<String> CHART_KEYS = List.of("data", "type", "title", "unit", "source", "columns",
            "rows", "target", "periods");

    private final Diagnostics diags;
    private final NumberParser numbers;
    private final TotalsCheck totals;

    public DataBlockOptions(String language, Diagnostics diags) {
        this.diags = diags;
        this.numbers = new NumberParser(language);
        this.totals = new TotalsCheck(diags, new NumberFormats(language));
    }

    /**
     * The block named {@code name} whose options start on line {@code firstLine} of {@code path}.
     *
     * @param data the data file a path written in the block leads to, relative to the document's folder
     */
    public Block read(String name, String path, int firstLine, String text, Function<String, Optional<Dataset>> data) {
        SourcePos fence = SourcePos.of(path, firstLine - 1);
        List<String> keys = name.equals(TABLE) ? TABLE_KEYS : CHART_KEYS;
        Map<String, List<Line>> options = BlockLines.read(path, firstLine, text, keys, diags);
        if (!options.containsKey("data") || !options.containsKey("title")) {
            for (String k : List.of("data", "title")) {
                if (!options.containsKey(k)) diags.error(fence, "block.missingKey", name, k);
            }
            return null;
        }
        Line dataLine = options.get("data").get(0);
        Optional<Dataset> set = data.apply(dataLine.value());
        if (set.isEmpty()) {
            diags.error(dataLine.pos(), "block.noData", dataLine.value());
            return null;
        }
        Dataset d = set.get();
        List<Integer> columns = columns(d, options.get("columns"));
        String title = one(options, "title");
        if (name.equals(TABLE)) {
            List<DataTableBlock.Difference> differences = differences(options.get("difference"), d);
            totals.check(d, sums(d, options.get("sum")), differences, fence);
            return new DataTableBlock(d, title, one(options, "unit"), one(options, "source"), columns, differences);
        }
        return chart(d, options, columns, title);
    }

    private ChartBlock chart(Dataset d, Map<String, List<Line>> options, List<Integer> columns, String title) {
        ChartBlock.Type type = ChartBlock.Type.BAR;
        if (options.containsKey("type")) {
            Line t = options.get("type").get(0);
            try {
                type = ChartBlock.Type.valueOf(t.value().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                diags.error(t.pos(), "block.badChartType", t.value(), "line, bar, grouped-bar, stacked-bar");
            }
        }
        List<Integer> rows = new ArrayList<>();
        if (options.containsKey("rows")) {
            Line r = options.get("rows").get(0);
            for (String label : split(r.value())) {
                int i = labels(d).indexOf(label);
                if (i < 0) diags.error(r.pos(), "block.noRow", label, String.join(", ", labels(d)));
                else rows.add(i);
            }
        } else {
            for (int i = 0; i < d.rows().size(); i++) if (d.rows().get(i).total() == DataRow.Total.NONE) rows.add(i);
        }
        Optional<BigDecimal> target = Optional.empty();
        if (options.containsKey("target")) {
            Line t = options.get("target").get(0);
            if (numbers.parse(t.value()) instanceof NumberParser.Number n) target = n.cell().value();
            else diags.error(t.pos(), "block.badTarget", t.value());
        }
        boolean periods = List.of("yes", "ja", "true").contains(one(options, "periods"));
        return new ChartBlock(d, type, title, one(options, "unit"), one(options, "source"), columns, List.copyOf(rows),
                target, periods);
    }

    private static String one(Map<String, List<Line>> options, String key) {
        return options.containsKey(key) ? options.get(key).get(0).value() : "";
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String p : value.split(",")) if (!p.isBlank()) parts.add(p.strip());
        return parts;
    }

    private static List<String> labels(Dataset d) {
        return d.rows().stream().map(DataRow::label).toList();
    }

    private List<Integer> columns(Dataset d, List<Line> lines) {
        List<Integer> columns = new ArrayList<>();
        if (lines == null) {
            for (int i = 0; i < d.columns().size(); i++) columns.add(i);
            return List.copyOf(columns);
        }
        Line line = lines.get(0);
        for (String header : split(line.value())) {
            Optional<Integer> c = d.column(header);
            if (c.isPresent()) columns.add(c.get());
            else diags.error(line.pos(), "block.noColumn", header, String.join(", ", d.columns()));
        }
        return List.copyOf(columns);
    }

    private List<TotalsCheck.Sum> sums(Dataset d, List<Line> lines) {
        List<TotalsCheck.Sum> sums = new ArrayList<>();
        if (lines == null) return sums;
        for (Line line : lines) {
            int eq = line.value().indexOf('=');
            Optional<Integer> target = eq < 0 ? Optional.empty() : d.column(line.value().substring(0, eq).strip());
            if (target.isEmpty()) {
                diags.error(line.pos(), "block.badSum", line.value(), String.join(", ", d.columns()));
                continue;
            }
            List<Integer> terms = new ArrayList<>();
            List<Boolean> negative = new ArrayList<>();
            boolean ok = true;
            for (String part : line.value().substring(eq + 1).split("(?=\\s[+-]\\s)")) {
                String p = part.strip();
                boolean minus = p.startsWith("- ");
                String header = p.startsWith("+ ") || minus ? p.substring(2).strip() : p;
                Optional<Integer> c = d.column(header);
                if (c.isEmpty()) {
                    diags.error(line.pos(), "block.noColumn", header, String.join(", ", d.columns()));
                    ok = false;
                } else {
                    terms.add(c.get());
                    negative.add(minus);
                }
            }
            if (ok) sums.add(new TotalsCheck.Sum(target.get(), List.copyOf(terms), List.copyOf(negative)));
        }
        return sums;
    }

    private List<DataTableBlock.Difference> differences(List<Line> lines, Dataset d) {
        List<DataTableBlock.Difference> list = new ArrayList<>();
        if (lines == null) return list;
        for (Line line : lines) {
            String[] parts = line.value().split("\\|", 4);
            if (parts.length < 4 || !(numbers.parse(parts[2]) instanceof NumberParser.Number n)) {
                diags.error(line.pos(), "block.badDifference", line.value());
                continue;
            }
            list.add(new DataTableBlock.Difference(parts[0].strip(), parts[1].strip(), n.cell().value().orElseThrow(),
                    parts[3].strip()));
        }
        return List.copyOf(list);
    }
}
