package nl.policybake.post.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import nl.policybake.render.SearchPage;

/**
 * Builds the search index from the rendered pages, split so that one query downloads little. Every page's main
 * content is split into passages at its headings; each passage is a record. Records are numbered by facet
 * combination, then by URL. The files (format version 5):
 * <ul>
 *   <li>{@code search/meta.json}: the number of records, the records per record file ({@code shard}), the record
 *       count from which a stem is common ({@code common}) and how many top records a common stem lists
 *       ({@code top}), and the facet names ({@code agendas}, {@code periods}, {@code types}, {@code statuses});</li>
 *   <li>{@code search/combos.json}: the facet combinations in record order, each
 *       {@code [agenda, period, type, status bit mask, current (1 or 0), records]}; the first combination's records
 *       come first, and so on. Fetched only when a query needs postings;</li>
 *   <li>{@code search/terms/<xyz>.json}: every stem that starts with {@code xyz} (stems of two letters: their own
 *       file), for exact and prefix ("compound-friendly") matching, each with the number of records that have it:
 *       a number alone; or {@code [count, [records]]} for a common stem, its first records in the search page's
 *       default order (current period first, then weight, then record number), which answers a one-word query
 *       without postings; or {@code [count, "postings", "positions"]} for a stem whose postings are short enough to
 *       come along (it then has no files of its own);</li>
 *   <li>{@code search/p/<stem>.json}: the postings of one stem as one string: per record the difference from the
 *       previous record as a {@link Base64Varint} and its weight level as one letter of the same alphabet
 *       (0 to 63, ten levels to each factor e: see {@link StemPostings#level});</li>
 *   <li>{@code search/q/<stem>.json}: where the stem stands in each record, as {@link Base64Varint} numbers
 *       (record difference, count, positions as differences, counted in words of the heading and text, stop words
 *       included), fetched only for phrase queries;</li>
 *   <li>{@code search/r/<n>.json.gz}: records {@code 16n} to {@code 16n + 15} (see {@link RecordShards}), gzipped,
 *       fetched only for the results shown.</li>
 * </ul>
 * Weights count a word in the page title three times and in a heading twice, and are normalised by the passage's
 * length. Deterministic: the same pages give the same bytes, whatever the order they were added in.
 */
public final class SearchIndexer {

    /** The output files, by path, for all {@code pages} at once; the same as adding each to a {@link #start()}. */
    public Map<String, byte[]> index(List<SearchPage> pages) {
        Session session = start();
        pages.parallelStream().forEach(session::add);
        return session.finish();
    }

    /** Starts an index to which pages are added one at a time, as they are rendered. */
    public Session start() {
        return new Session();
    }

    /**
     * An index being built. Each page is analysed when it is added, so only its analysed form is held until
     * {@link #finish()}: its passages' record texts, deflated, and their stems, weights and positions as varints
     * (about a third of the page's HTML on the synthetic benchmark site). {@code finish} numbers the passages (by
     * facet combination, then URL, so the order of adding does not matter) and writes the files.
     */
    public static final class Session {
        private final TermTable terms = new TermTable();
        private final Queue<AnalysedPage> pages = new ConcurrentLinkedQueue<>();
        private volatile boolean finished;

        private Session() {
        }

        /**
         * Analyses one page (not null) and keeps its analysed form; the page's HTML is not kept, so the caller may
         * drop it. Thread-safe: pages may be added from any number of threads, in any order; each is analysed on the
         * calling thread.
         *
         * @throws IllegalStateException after {@link #finish()}
         */
        public void add(SearchPage page) {
            if (finished) throw new IllegalStateException("the index is finished");
            pages.add(PageAnalyzer.analyse(page, terms));
        }

        /**
         * The index files, by path ({@code search/...}), sorted. Call once, after every {@link #add} has returned;
         * runs on the calling thread.
         *
         * @throws IllegalStateException when called twice
         * @throws IllegalArgumentException when two pages have the same URL
         */
        public synchronized Map<String, byte[]> finish() {
            if (finished) throw new IllegalStateException("the index is finished");
            finished = true;
            List<AnalysedPage> all = new ArrayList<>(pages);
            pages.clear();
            Set<String> urls = new HashSet<>();
            for (AnalysedPage page : all) {
                if (!urls.add(page.url())) throw new IllegalArgumentException("two pages with URL " + page.url());
            }
            return new IndexAssembler().assemble(all, terms.stems());
        }
    }
}
