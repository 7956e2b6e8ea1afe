package nl.policybake.render.actions;

import java.util.List;

/** A period's action lines against the previous period's: new, continued, changed and dropped. */
public record CompareView(String from, String fromUrl, String to, String toUrl, List<Entry> entries,
                          List<Count> counts) {

    /**
     * One action line in the comparison.
     *
     * @param kind {@code nieuw}, {@code voortgezet}, {@code gewijzigd} or {@code beeindigd}
     */
    public record Entry(String kind, String kindLabel, String id, String title, String url, String previousId,
                        String previousTitle, String previousUrl) {
    }

    /** How many entries of a kind. */
    public record Count(String kind, String label, long count) {
    }
}
