package nl.policybake.render.actions;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * The page of one action line.
 *
 * @param history the action line in each period it runs through, oldest first (this one included)
 */
public record ActionLineView(String id, String title, String theme, SafeString prose, boolean proseGiven,
                             ActionTableView table,
                             List<StatusCount> counts, List<HistoryItem> history, String overviewUrl,
                             String csvUrl) {

    /** How many rows have a status. */
    public record StatusCount(StatusView status, long count) {
    }

    /** The action line in one period: where it stands there. */
    public record HistoryItem(String period, String id, String title, String url, List<StatusCount> counts,
                              boolean isThis) {
    }
}
