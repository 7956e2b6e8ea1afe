package nl.policybake.parse.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.DataRow;
import nl.policybake.model.data.Dataset;
import nl.policybake.parse.csv.CsvTable;

/**
 * A CSV table as a data file: the first column labels the rows, every other cell is a number or a missing value.
 * Each cell that is neither is an error at its line and column (the column counted from 1, as Excel letters them).
 */
public final class DatasetReader {

    private final NumberParser numbers;
    private final Diagnostics diags;

    public DatasetReader(NumberParser numbers, Diagnostics diags) {
        this.numbers = numbers;
        this.diags = diags;
    }

    public Diagnostics diagnostics() {
        return diags;
    }

    public Dataset read(CsvTable table) {
        List<String> header = table.header();
        List<DataRow> rows = new ArrayList<>();
        boolean clean = true;
        for (CsvTable.Row r : table.rows()) {
            String label = r.cell(0).strip();
            List<DataCell> cells = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) {
                SourcePos pos = new SourcePos(table.path(), r.line(), c + 1);
                String raw = r.cell(c);
                NumberParser.Result result = numbers.parse(raw);
                if (result instanceof NumberParser.Number n) {
                    cells.add(n.cell());
                } else if (result instanceof NumberParser.Missing m) {
                    cells.add(m.cell());
                } else {
                    clean = false;
                    diags.error(pos, result instanceof NumberParser.Ambiguous ? "data.ambiguous" : "data.notNumber",
                            raw.strip(), header.get(c));
                    cells.add(DataCell.missing(raw.strip()));
                }
            }
            rows.add(new DataRow(r.line(), label, total(label), List.copyOf(cells)));
        }
        return new Dataset(table.path(), header.get(0), List.copyOf(header.subList(1, header.size())),
                List.copyOf(rows), clean);
    }

    static DataRow.Total total(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("subtota")) return DataRow.Total.SUBTOTAL;
        if (l.startsWith("totaal") || l.startsWith("total")) return DataRow.Total.TOTAL;
        return DataRow.Total.NONE;
    }
}
