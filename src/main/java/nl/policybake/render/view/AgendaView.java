package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * An agenda's page.
 *
 * @param periods newest first
 * @param currentRule why the current period is the current one, in a sentence
 * @param overlaps one sentence for each pair of periods that overlap
 * @param monitorUrl the agenda's monitor page, or empty when its documents have no charts
 */
public record AgendaView(String title, String region, List<String> municipalities, String summary, SafeString body,
                         List<PeriodSummary> periods, String currentUrl, String currentRule, List<String> overlaps,
                         String monitorUrl) {
}
