package nl.policybake.model.actions;

import java.util.List;

/**
 * One row (result) of an action line, as the CSV gives it; empty strings where a column is absent or empty.
 *
 * @param line the CSV line the row starts on
 * @param partnersText the partners cell as written; {@code partners} is it split for the index and the filters
 * @param scales the known scales found in {@code scale}: regionaal, subregionaal, lokaal, bovenregionaal
 * @param years the years {@code year} covers, for filtering; empty when it names none
 * @param statusText the status cell as written, e.g. "geel: Loopt met aandachtspunten"
 */
public record ActionRow(int line, String result, String activities, String partnersText, List<String> partners, String scale,
                        List<String> scales, String year, List<Integer> years, ActionStatus status, String statusText,
                        String explanation, String deadline, String yield, String municipality, String budget) {
}
