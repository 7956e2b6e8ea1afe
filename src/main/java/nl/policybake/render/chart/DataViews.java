package nl.policybake.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.model.data.ChartBlock;
import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.DataRow;
import nl.policybake.model.data.DataTableBlock;
import nl.policybake.model.data.Dataset;
import nl.policybake.model.Period;
import nl.policybake.parse.data.NumberFormats;
import nl.policybake.render.view.Texts;

/** Builds the views of {@code table} and {@code chart} blocks. Not thread-safe (number formats): one per thread. */
public final class DataViews {

    private final Texts text;
    private final Function<String, String> href;
    private final NumberFormats formats;
    private final ChartRenderer charts;
    private final ChartText descriptions;

    public DataViews(Texts text, Function<String, String> href, String language,
                     java.util.Locale locale) {
        this.text = text;
        this.href = href;
        this.formats = new NumberFormats(language);
        this.charts = new ChartRenderer(locale);
        this.descriptions = new ChartText(text, formats);
    }

    public DataTableView table(DataTableBlock block) {
        List<String> notes = new ArrayList<>();
        for (DataTableBlock.Difference d : block.differences()) {
            notes.add(text.text("table.difference", d.row(), d.column(), formats.format(d.amount(), 0), d.reason()));
        }
        return table(block.data(), block.title(), block.unit(), block.source(), block.columns(), allRows(block.data()),
                notes);
    }

    public FigureView figure(ChartBlock block, String id, List<Period> periods) {
        String description = descriptions.describe(block);
        DataTableView table = table(block.data(), block.title(), block.unit(), block.source(), block.columns(),
                block.rows(), List.of());
        return new FigureView(id, block.title(), new SafeString(charts.svg(block, id, description, periods)),
                description, table, block.source(), csvUrl(block.data()));
    }

    private DataTableView table(Dataset d, String title, String unit, String source, List<Integer> columns,
                                List<Integer> rows, List<String> notes) {
        List<String> headers = columns.stream().map(c -> d.columns().get(c)).toList();
        List<DataTableView.Row> viewRows = new ArrayList<>();
        for (int r : rows) {
            DataRow row = d.rows().get(r);
            List<DataTableView.Cell> cells = new ArrayList<>();
            for (int c : columns) {
                DataCell cell = row.cells().get(c);
                boolean missing = cell.value().isEmpty();
                String shown = missing ? (cell.text().isEmpty() ? text.text("table.noData") : cell.text())
                        : formats.format(cell);
                cells.add(new DataTableView.Cell(shown, missing));
            }
            viewRows.add(new DataTableView.Row(row.label(), row.total() != DataRow.Total.NONE, List.copyOf(cells)));
        }
        return new DataTableView(title, unit, source, d.labelHeader(), headers, List.copyOf(viewRows),
                List.copyOf(notes), csvUrl(d));
    }

    private static List<Integer> allRows(Dataset d) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < d.rows().size(); i++) rows.add(i);
        return rows;
    }

    private String csvUrl(Dataset d) {
        return href.apply("/" + d.source().substring("content/".length()));
    }
}
