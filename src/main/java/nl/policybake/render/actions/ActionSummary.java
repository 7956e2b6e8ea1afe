package nl.policybake.render.actions;

import java.util.List;

/**
 * What a period's home page shows of its action lines: how many, their statuses, and links to their pages.
 *
 * @param compareUrl the comparison with the previous period, or empty when there is none
 */
public record ActionSummary(int lines, int rows, List<ActionLineView.StatusCount> counts, String overviewUrl, String dashboardUrl,
                            String partnersUrl, String compareUrl, String compareWith) {
}
