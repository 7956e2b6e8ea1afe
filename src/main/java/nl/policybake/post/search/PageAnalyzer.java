package nl.policybake.post.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.policybake.render.SearchPage;

/**
 * Turns a rendered page into its {@link AnalysedPage}: the passages of its main content, their words and stems,
 * each stem's weight and positions. Weights count a word in the page title three times and in a heading twice, and
 * are normalised by the passage's length; positions count the words of the heading and then the text, stop words
 * included. Pages are independent, so any number of threads may analyse at once.
 */
final class PageAnalyzer {

    private PageAnalyzer() {
    }

    static AnalysedPage analyse(SearchPage page, TermTable table) {
        Varints.Writer texts = new Varints.Writer();
        Varints.Writer terms = new Varints.Writer();
        int[] titleTerms = ids(Analyzer.words(page.title()), table);
        List<Passage> passages = Passages.of(page.html());
        for (Passage s : passages) {
            texts.put(s.anchor());
            texts.put(s.heading());
            texts.put(s.snippetText());
            Map<Integer, Hits> hits = new HashMap<>();
            for (int id : titleTerms) {
                if (id != TermTable.NONE) hits.computeIfAbsent(id, k -> new Hits()).score += 3;
            }
            int[] heading = ids(Analyzer.words(s.heading()), table);
            add(hits, heading, 2, 0);
            int[] body = ids(Analyzer.words(s.text()), table);
            add(hits, body, 1, heading.length);
            double norm = Math.sqrt(1 + body.length / 50.0);
            terms.put(hits.size());
            hits.forEach((id, h) -> {
                terms.put(id);
                terms.put((int) Math.max(1, Math.round(100 * (double) h.score / norm)));
                terms.put(h.size);
                int previous = 0;
                for (int i = 0; i < h.size; i++) {
                    terms.put(h.positions[i] - previous);
                    previous = h.positions[i];
                }
            });
        }
        return new AnalysedPage(page.url(), page.title(), page.agenda(), page.period(), page.current(), page.type(),
                List.copyOf(page.statuses()), passages.size(), texts.toArray(), terms.toArray());
    }

    private static int[] ids(List<String> words, TermTable table) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = table.of(words.get(i));
        return ids;
    }

    /** Adds each indexed word with {@code boost}, at its position from {@code offset} on. */
    private static void add(Map<Integer, Hits> hits, int[] words, int boost, int offset) {
        for (int i = 0; i < words.length; i++) {
            if (words[i] == TermTable.NONE) continue;
            Hits h = hits.computeIfAbsent(words[i], k -> new Hits());
            h.score += boost;
            h.add(offset + i);
        }
    }

    /** A stem's score in one passage and where it stands. */
    private static final class Hits {
        int score;
        int[] positions = new int[4];
        int size;

        void add(int position) {
            if (size == positions.length) positions = java.util.Arrays.copyOf(positions, size * 2);
            positions[size++] = position;
        }
    }
}
