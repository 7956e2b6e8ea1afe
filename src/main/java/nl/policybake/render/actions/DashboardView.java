package nl.policybake.render.actions;

import java.util.List;

/** Counts per status per action line, with a total row. */
public record DashboardView(List<StatusView> statuses, List<Line> lines, List<Long> totals, long total,
                            String overviewUrl) {

    /** One action line's counts, in the order of {@code statuses}. */
    public record Line(String id, String title, String url, List<Long> counts, long total) {
    }
}
