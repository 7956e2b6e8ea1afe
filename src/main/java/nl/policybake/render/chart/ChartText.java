package nl.policybake.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import nl.policybake.model.data.ChartBlock;
import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.DataRow;
import nl.policybake.parse.data.NumberFormats;
import nl.policybake.render.view.Texts;

/**
 * The text alternative of a chart, written from its data in the site's language: per series, where it starts and
 * ends and how much it changed ("van 8.139 in 2017 naar 9.436 in 2019, een stijging van 16%"), or, when the columns
 * are categories rather than years, each value ("Jeugdhulpregio West-Brabant West 257,30; Nederland 295,90").
 */
public final class ChartText {

    private final Texts text;
    private final NumberFormats formats;

    public ChartText(Texts text, NumberFormats formats) {
        this.text = text;
        this.formats = formats;
    }

    public String describe(ChartBlock block) {
        String unit = block.unit().isEmpty() ? "" : " (" + block.unit() + ")";
        if (block.type() == ChartBlock.Type.STACKED_BAR && block.rows().size() > 3) {
            return block.title() + unit + ". " + stacked(block);
        }
        List<String> parts = new ArrayList<>();
        boolean years = block.columns().stream().allMatch(c -> block.data().columns().get(c).strip().matches("\\d{4}\\*?"));
        for (int r : block.rows()) {
            DataRow row = block.data().rows().get(r);
            parts.add(years ? trend(block, row) : values(block, row));
        }
        return block.title() + unit + ". " + String.join(" ", parts);
    }

    /** Many stacked series: the total of each column and the largest part of the last one; the table has the rest. */
    private String stacked(ChartBlock block) {
        List<String> totals = new ArrayList<>();
        int scale = 0;
        for (int c : block.columns()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int r : block.rows()) {
                DataCell cell = block.data().rows().get(r).cells().get(c);
                sum = sum.add(cell.value().orElse(BigDecimal.ZERO));
                scale = Math.max(scale, cell.scale());
            }
            totals.add(block.data().columns().get(c) + " " + formats.format(sum, scale));
        }
        int last = block.columns().get(block.columns().size() - 1);
        DataRow largest = null;
        for (int r : block.rows()) {
            DataRow row = block.data().rows().get(r);
            BigDecimal v = row.cells().get(last).value().orElse(BigDecimal.ZERO);
            if (largest == null || v.compareTo(largest.cells().get(last).value().orElse(BigDecimal.ZERO)) > 0) {
                largest = row;
            }
        }
        return fill("chart.stackedTotals", String.join("; ", totals)) + " " + fill("chart.largest",
                block.data().columns().get(last), largest.label(), shown(largest.cells().get(last)),
                String.valueOf(block.rows().size()));
    }

    private String values(ChartBlock block, DataRow row) {
        List<String> items = new ArrayList<>();
        for (int c : block.columns()) items.add(block.data().columns().get(c) + " " + shown(row.cells().get(c)));
        return row.label() + ": " + String.join("; ", items) + ".";
    }

    private String trend(ChartBlock block, DataRow row) {
        List<Integer> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int c : block.columns()) {
            if (row.cells().get(c).value().isPresent()) present.add(c); else missing.add(block.data().columns().get(c));
        }
        String gaps = missing.isEmpty() ? "" : " " + fill("chart.missing", String.join(", ", missing));
        if (present.isEmpty()) return row.label() + ": " + fill("chart.noData") + ".";
        DataCell first = row.cells().get(present.get(0));
        String firstColumn = block.data().columns().get(present.get(0));
        if (present.size() == 1) return row.label() + ": " + shown(first) + " " + fill("chart.in", firstColumn) + "." + gaps;
        DataCell last = row.cells().get(present.get(present.size() - 1));
        String lastColumn = block.data().columns().get(present.get(present.size() - 1));
        String sentence = row.label() + ": " + fill("chart.fromTo", shown(first), firstColumn, shown(last), lastColumn);
        BigDecimal a = first.value().orElseThrow();
        BigDecimal b = last.value().orElseThrow();
        if (a.signum() != 0) {
            BigDecimal pct = b.subtract(a).multiply(BigDecimal.valueOf(100)).divide(a.abs(), 0, RoundingMode.HALF_UP);
            String key = pct.signum() > 0 ? "chart.rise" : pct.signum() < 0 ? "chart.fall" : "chart.same";
            sentence += ", " + fill(key, formats.format(pct.abs(), 0) + "%");
        }
        return sentence + "." + gaps;
    }

    private String shown(DataCell cell) {
        return formats.format(cell);
    }

    private String fill(String key, Object... args) {
        return text.text(key, args);
    }
}
