package nl.policybake.render.actions;

import java.util.List;

/**
 * The action-line overview of a period, with the values its filters offer.
 *
 * @param groups the action lines by theme (one group with an empty theme when no theme is used)
 * @param rowCount all rows, for "12 van 45 resultaten"
 */
public record OverviewView(List<Group> groups, int lineCount, int rowCount, List<ActionLineView.StatusCount> counts,
                           List<Option> statuses, List<Option> scales, List<Option> years, List<Option> partners,
                           List<Option> municipalities, List<String> csvUrls, String dashboardUrl,
                           String partnersUrl) {

    /** Action lines under one theme. */
    public record Group(String theme, List<ActionLineView> lines) {
    }

    /** A choice in a filter. */
    public record Option(String value, String label) {
    }
}
