package nl.policybake.parse.csv;

import java.util.List;

/**
 * A CSV file read: its header cells as written, and its non-empty rows. Every row has exactly as many cells as the
 * header (short rows are padded with empty cells).
 *
 * @param path the source path, for diagnostics
 * @param headerLine the 1-based line of the header
 */
public record CsvTable(String path, int headerLine, List<String> header, List<Row> rows) {

    /** One record of the file and the 1-based line it starts on (a quoted cell may span several lines). */
    public record Row(int line, List<String> cells) {

        public String cell(int column) {
            return cells.get(column);
        }
    }
}
