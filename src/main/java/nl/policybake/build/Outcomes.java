package nl.policybake.build;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Site;
import nl.policybake.output.SiteWriter;
import nl.policybake.output.WriteStats;

/** What every kind of build ends with: its result, the result of a build that failed, and a whole write. */
final class Outcomes {

    static final WriteStats NOTHING = new WriteStats(0, 0, 0);

    private Outcomes() {
    }

    /** A failed build: nothing written, the diagnostics say why. */
    static BuildResult failed(Diagnostics diags, long start) {
        return new BuildResult(diags, 0, 0, 0, 0, 0, NOTHING, StageClock.millis(start), Map.of(), List.of());
    }

    /** A build that got through, with what it counts, wrote and changed. */
    static BuildResult result(Diagnostics diags, Counts counts, int pages, int files, WriteStats stats, long start,
                              StageClock clock, List<String> changed) {
        return new BuildResult(diags, files, pages, counts.agendas(), counts.periods(), counts.documents(), stats,
                StageClock.millis(start), clock.laps(), changed);
    }

    /** What the build summary counts of the site model. */
    record Counts(int agendas, int periods, int documents) {
        static Counts of(Site site) {
            int periods = site.agendas().stream().mapToInt(a -> a.periods().size()).sum();
            int documents = site.agendas().stream().flatMap(a -> a.periods().stream())
                    .mapToInt(p -> p.documents().size()).sum();
            return new Counts(site.agendas().size(), periods, documents);
        }
    }

    /**
     * Writes {@code files} as the whole output folder ({@link SiteWriter#write}), refusing a folder that is not
     * policybake's; what was written, or nothing after recording the problem.
     */
    static WriteStats write(BuildOptions options, Map<String, byte[]> files, Diagnostics diags) {
        SiteWriter writer = new SiteWriter(options.output());
        String shown = options.output().toString();
        try {
            if (!writer.isWritable()) {
                diags.error(SourcePos.file(shown), "output.notOurs", shown, SiteWriter.MARKER);
                return NOTHING;
            }
            return writer.write(files);
        } catch (IOException e) {
            diags.error(SourcePos.file(shown), "output.failed", shown, String.valueOf(e.getMessage()));
            return NOTHING;
        }
    }
}
