package nl.policybake.render.view;

import java.util.List;

/**
 * What a period's home page shows of its action lines: how many, their statuses, and links to their pages.
 *
 * @param counts the status counts, as {@code nl.policybake.render.actions.ActionLineView.StatusCount}
 * @param compareUrl the comparison with the previous period, or empty when there is none
 */
public record ActionSummary(int lines, int rows, List<?> counts, String overviewUrl, String dashboardUrl,
                            String partnersUrl, String compareUrl, String compareWith) {
}
