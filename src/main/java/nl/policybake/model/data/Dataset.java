package nl.policybake.model.data;

import java.util.List;
import java.util.Optional;

/**
 * A data file: a label column and value columns (years or categories).
 *
 * @param source the CSV path, e.g. {@code content/regio/2020-2023/data/kader.csv}
 * @param labelHeader the header of the label column; {@code columns} the headers of the value columns
 * @param clean false when some cell could not be read as a number (already reported); its totals are not checked
 */
public record Dataset(String source, String labelHeader, List<String> columns, List<DataRow> rows, boolean clean) {

    public Optional<Integer> column(String header) {
        int i = columns.indexOf(header);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    public Optional<DataRow> row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst();
    }
}
