package nl.policybake.build;

import java.util.List;
import java.util.Map;

import nl.policybake.diag.Diagnostics;
import nl.policybake.output.WriteStats;

/**
 * The outcome of one build.
 *
 * @param files how many files the built site has; 0 when the build failed; for a build that found nothing changed
 *              since the build recorded in the output folder (and rendered nothing), the recorded count
 * @param writeStats what writing changed; all zero when nothing was written
 * @param stageMillis wall milliseconds per stage that ran, in order, for {@code --verbose} and the benchmark
 * @param changed the output paths a rebuild in {@code serve} wrote or deleted, sorted; empty for other builds
 */
public record BuildResult(Diagnostics diagnostics, int files, int pages, int agendas, int periods,
                          int documents, WriteStats writeStats, long millis, Map<String, Long> stageMillis,
                          List<String> changed) {

    public boolean isOk() {
        return !diagnostics.hasErrors();
    }
}
