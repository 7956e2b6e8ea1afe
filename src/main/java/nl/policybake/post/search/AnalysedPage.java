package nl.policybake.post.search;

import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import nl.policybake.render.SearchPage;

/**
 * One page as the index needs it once its HTML is gone: its facets, and per passage its texts and its terms,
 * packed as {@link Varints}. A few kilobytes where the page's HTML was tens.
 *
 * @param passages how many passages the page has
 * @param deflatedTexts per passage its part of its record: the heading's id (empty for the top of the page), the
 *     heading and the snippet text as JSON strings, separated by commas; deflated, as the snippets are most of
 *     what a page holds ({@link #texts()} gives them back)
 * @param textsLength the length of the texts before it was deflated
 * @param terms per passage: the number of terms, then per term its {@link TermTable} id, its weight level
 *     ({@link StemPostings#level}), the number of its positions (0 when it is only in the page title) and the
 *     positions as differences
 */
record AnalysedPage(String url, String title, String agenda, String period, boolean current, String type,
                    List<String> statuses, int passages, byte[] deflatedTexts, int textsLength, byte[] terms) {

    /** An analysed page, its texts deflated. */
    static AnalysedPage of(SearchPage page, int passages, byte[] texts, byte[] terms) {
        return new AnalysedPage(page.url(), page.title(), page.agenda(), page.period(), page.current(), page.type(),
                List.copyOf(page.statuses()), passages, Zip.deflate(texts, Deflater.BEST_SPEED, new byte[0]),
                texts.length, terms);
    }

    /** The texts as {@link Varints}. */
    byte[] texts() {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflatedTexts);
        byte[] texts = new byte[textsLength];
        try {
            int n = inflater.inflate(texts);
            if (n != textsLength) throw new IllegalStateException("texts of " + url + " inflate to " + n + " bytes");
        } catch (DataFormatException e) {
            throw new IllegalStateException("texts of " + url + " do not inflate", e);
        } finally {
            inflater.end();
        }
        return texts;
    }
}
