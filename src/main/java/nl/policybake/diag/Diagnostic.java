package nl.policybake.diag;

/**
 * One problem found in the site, in the site's language. {@code problem} starts lower-case and quotes the bad
 * value; {@code hint} is one imperative sentence. Printed as {@code path:line: problem. hint}; a warning carries
 * the localised word for "warning" after the position.
 */
public record Diagnostic(SourcePos pos, Severity severity, String problem, String hint, String severityLabel)
        implements Comparable<Diagnostic> {

    /** The line as the CLI prints it and as the tests compare it. */
    public String format() {
        StringBuilder sb = new StringBuilder().append(pos).append(": ");
        if (severity == Severity.WARNING) sb.append(severityLabel).append(": ");
        sb.append(problem);
        // library messages quoted into a problem may bring their own full stop
        if (!problem.endsWith(".") && !problem.endsWith("?") && !problem.endsWith("!")) sb.append('.');
        if (!hint.isEmpty()) sb.append(' ').append(hint);
        return sb.toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : format().compareTo(o.format());
    }
}
