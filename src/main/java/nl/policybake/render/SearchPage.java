package nl.policybake.render;

import java.util.List;

/**
 * A rendered page for the search index (built by {@code post.search}), with its facets.
 *
 * @param url the page's link (with the site's base path)
 * @param agenda the agenda's title, {@code period} the period's id; empty for pages outside an agenda
 * @param current whether the period is its agenda's current one (pages outside a period count as current)
 * @param type what kind of page, as the reader sees it ("Evaluatie", "Actielijn", ...)
 * @param statuses the action-line statuses on the page, as words
 * @param html the page as UTF-8: the very array written to the output, not a copy, so the index costs no memory
 *     for the pages' text; not to be changed
 */
public record SearchPage(String url, String title, String agenda, String period, boolean current, String type,
                         List<String> statuses, byte[] html) {
}
