package nl.policybake.bench;

import java.util.List;

/**
 * CSV as Excel on a Dutch computer saves it with "CSV UTF-8": a byte-order mark, {@code ;} between cells, CRLF
 * between rows, and cells that hold a {@code ;}, a quote or a line break in quotes (line breaks inside a cell
 * stay LF, quotes are doubled).
 */
final class ExcelCsv {

    private ExcelCsv() {
    }

    /** The file of {@code rows}, the first of them the header. */
    static String of(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) sb.append(';');
                sb.append(cell(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        boolean quote = text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
