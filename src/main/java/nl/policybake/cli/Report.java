package nl.policybake.cli;

import java.io.PrintWriter;

import nl.policybake.build.BuildResult;
import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;

/** Prints a build's diagnostics (stderr) and its one-line summary (stdout), in the site's language. */
final class Report {

    private Report() {
    }

    /** Prints and returns the exit code for {@code result}; {@code verbose} adds the time of each stage. */
    static int print(BuildResult result, PrintWriter out, PrintWriter err, boolean verbose) {
        if (verbose) stages(result, out);
        return print(result, out, err);
    }

    /** Prints the time each stage took. */
    static void stages(BuildResult result, PrintWriter out) {
        if (result.stageMillis().isEmpty()) return;
        StringBuilder sb = new StringBuilder("stages (ms):");
        result.stageMillis().forEach((stage, ms) -> sb.append(' ').append(stage).append('=').append(ms));
        out.println(sb);
    }

    /** Prints and returns the exit code for {@code result}. */
    static int print(BuildResult result, PrintWriter out, PrintWriter err) {
        Diagnostics d = result.diagnostics();
        for (Diagnostic diag : d.sorted()) err.println(diag.format());
        if (d.droppedErrors() > 0) err.println(d.messages().text("summary.more", d.droppedErrors()));
        String seconds = String.format(d.messages().locale(), "%.1f", result.millis() / 1000.0);
        if (result.isOk()) {
            out.println(d.messages().text("summary.ok", result.pages(), result.agendas(), result.periods(),
                    result.documents(), count(d, "count.warnings", d.warningCount()), seconds));
            return ExitCode.OK;
        }
        err.println(d.messages().text("summary.failed", count(d, "count.errors", d.errorCount()),
                count(d, "count.warnings", d.warningCount()), seconds));
        return ExitCode.SITE_ERRORS;
    }

    private static String count(Diagnostics d, String key, int n) {
        return d.messages().text(key + (n == 1 ? ".one" : ".other"), n);
    }
}
