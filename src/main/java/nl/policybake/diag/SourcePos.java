package nl.policybake.diag;

/**
 * A place in a source file: the path relative to the site root with {@code /} separators, a 1-based line
 * (0 when the problem concerns the whole file) and a 1-based column (0 when unknown).
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos of(String path, int line) {
        return new SourcePos(path, line, 0);
    }

    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.toString();
    }
}
