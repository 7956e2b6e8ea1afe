package nl.policybake.post.search;

import java.util.Arrays;
import java.util.List;

import nl.policybake.post.search.html.Passage;
import nl.policybake.post.search.html.Passages;
import nl.policybake.render.SearchPage;

/**
 * Turns a rendered page into its {@link AnalysedPage}: the passages of its main content, their words and stems,
 * each stem's weight and positions. Weights count a word in the page title three times and in a heading twice, and
 * are normalised by the passage's length; positions count the words of the heading and then the text, stop words
 * included. Pages are independent, so any number of threads may analyse at once. Not thread-safe itself: one per
 * page.
 */
final class PageAnalyzer {

    private final PageWords words;
    private final Varints.Writer terms = new Varints.Writer();
    /** Per slot: its score in the passage, and its positions there. */
    private int[] scores = new int[256];
    private int[][] positions = new int[256][];
    private int[] counts = new int[256];
    /** The slots the passage has, in order of first use. */
    private int[] used = new int[256];
    private int usedCount;
    /** Words so far in the passage (heading, then text), and its text's words alone. */
    private int position;
    private int textWords;

    private PageAnalyzer(TermTable table) {
        this.words = new PageWords(table);
    }

    static AnalysedPage analyse(SearchPage page, TermTable table) {
        return new PageAnalyzer(table).run(page);
    }

    private AnalysedPage run(SearchPage page) {
        Varints.Writer texts = new Varints.Writer();
        int[] title = titleSlots(page.title());
        List<Passage> passages = Passages.of(page.html());
        for (Passage p : passages) {
            // the record's own part of the JSON, made here on the analysing threads
            texts.put(Json.string(p.anchor()) + "," + Json.string(p.heading()) + "," + Json.string(p.snippetText()));
            for (int slot : title) hit(slot, 3, false);
            position = 0;
            Analyzer.words(p.heading(), (chars, length) -> hit(words.slot(chars, length), 2, true));
            textWords = 0;
            Analyzer.words(p.text(), (chars, length) -> {
                textWords++;
                hit(words.slot(chars, length), 1, true);
            });
            write(Math.sqrt(1 + textWords / 50.0));
        }
        return AnalysedPage.of(page, passages.size(), texts.toArray(), terms.toArray());
    }

    private int[] titleSlots(String title) {
        int[][] slots = {new int[8]};
        int[] n = {0};
        Analyzer.words(title, (chars, length) -> {
            int slot = words.slot(chars, length);
            if (slot < 0) return;
            if (n[0] == slots[0].length) slots[0] = Arrays.copyOf(slots[0], n[0] * 2);
            slots[0][n[0]++] = slot;
        });
        return Arrays.copyOf(slots[0], n[0]);
    }

    /** Counts a word of the passage with {@code boost}, and where it stands when {@code placed}. */
    private void hit(int slot, int boost, boolean placed) {
        if (slot >= 0) {
            if (slot >= scores.length) growSlots(words.size());
            if (scores[slot] == 0) {
                if (usedCount == used.length) used = Arrays.copyOf(used, usedCount * 2);
                used[usedCount++] = slot;
            }
            scores[slot] += boost;
            if (placed) {
                int[] at = positions[slot];
                if (at == null) at = positions[slot] = new int[4];
                else if (counts[slot] == at.length) at = positions[slot] = Arrays.copyOf(at, at.length * 2);
                at[counts[slot]++] = position;
            }
        }
        if (placed) position++;
    }

    /** Writes the passage's terms and clears them for the next passage. */
    private void write(double norm) {
        terms.put(usedCount);
        for (int u = 0; u < usedCount; u++) {
            int slot = used[u];
            terms.put(words.term(slot));
            // as its level: the index keeps no more, and this thread rather than the assembling one does the sums
            terms.put(StemPostings.level((int) Math.max(1, Math.round(100 * (double) scores[slot] / norm))));
            terms.put(counts[slot]);
            int previous = 0;
            for (int k = 0; k < counts[slot]; k++) {
                terms.put(positions[slot][k] - previous);
                previous = positions[slot][k];
            }
            scores[slot] = 0;
            counts[slot] = 0;
        }
        usedCount = 0;
    }

    private void growSlots(int size) {
        int n = Math.max(size, scores.length * 2);
        scores = Arrays.copyOf(scores, n);
        positions = Arrays.copyOf(positions, n);
        counts = Arrays.copyOf(counts, n);
    }
}
