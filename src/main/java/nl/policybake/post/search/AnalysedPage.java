package nl.policybake.post.search;

import java.util.List;

/**
 * One page as the index needs it once its HTML is gone: its facets, and per passage its texts and its terms,
 * packed as {@link Varints}. A few kilobytes where the page's HTML was tens.
 *
 * @param passages how many passages the page has
 * @param texts per passage: the heading's id (empty for the top of the page), the heading, the snippet text
 * @param terms per passage: the number of terms, then per term its {@link TermTable} id, its weight, the number of
 *     its positions (0 when it is only in the page title) and the positions as differences
 */
record AnalysedPage(String url, String title, String agenda, String period, boolean current, String type,
                    List<String> statuses, int passages, byte[] texts, byte[] terms) {
}
