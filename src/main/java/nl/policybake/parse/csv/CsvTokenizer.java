package nl.policybake.parse.csv;

import java.util.ArrayList;
import java.util.List;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Splits CSV text into records (RFC 4180 as Excel writes it). Line breaks are {@code \r\n}, {@code \n} or
 * {@code \r}; inside a quoted cell they are kept as {@code \n}.
 */
final class CsvTokenizer {

    private final String path;
    private final String s;
    private final char separator;
    private final Diagnostics diags;

    CsvTokenizer(String path, String s, char separator, Diagnostics diags) {
        this.path = path;
        this.s = s;
        this.separator = separator;
        this.diags = diags;
    }

    /** The records, or null after reporting an unclosed quote or text after a closing quote. */
    List<CsvTable.Row> records() {
        List<CsvTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        boolean ok = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && cell.toString().isBlank()) {
                int openLine = line;
                cell.setLength(0);
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    if (q == '\r' || q == '\n') {
                        cell.append('\n');
                        line++;
                        i += q == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                        continue;
                    }
                    cell.append(q);
                    i++;
                }
                if (!closed) {
                    diags.error(SourcePos.of(path, openLine), "csv.unclosedQuote");
                    return null;
                }
                int after = i;
                while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t')
                        && s.charAt(after) != separator) after++;
                if (after < s.length() && s.charAt(after) != separator && s.charAt(after) != '\r'
                        && s.charAt(after) != '\n') {
                    diags.error(SourcePos.of(path, line), "csv.textAfterQuote", cell.length() > 30
                            ? cell.substring(0, 30) + "..." : cell.toString());
                    ok = false;
                    while (after < s.length() && s.charAt(after) != separator && s.charAt(after) != '\n'
                            && s.charAt(after) != '\r') after++;
                }
                i = after;
                continue;
            }
            if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new CsvTable.Row(recordLine, List.copyOf(cells)));
                cells.clear();
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new CsvTable.Row(recordLine, List.copyOf(cells)));
        }
        return ok ? rows : null;
    }
}
