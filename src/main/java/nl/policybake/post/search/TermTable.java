package nl.policybake.post.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stems of one index, numbered in the order the analysing threads first meet them (so the numbers are not
 * deterministic: the files are written in the stems' alphabetical order), with each distinct word stemmed once.
 * Thread-safe.
 */
final class TermTable {

    /** The id of words that are not indexed: stop words and words too short to search. */
    static final int NONE = -1;

    private final Map<String, Integer> byWord = new ConcurrentHashMap<>();
    private final Map<String, Integer> byStem = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The id of the stem a folded word is indexed under, or {@link #NONE}. */
    int of(String word) {
        Integer id = byWord.get(word);
        if (id != null) return id;
        return byWord.computeIfAbsent(word, w -> {
            String stem = Analyzer.term(w);
            return stem == null || stem.length() < 2 ? NONE : byStem.computeIfAbsent(stem, s -> next.getAndIncrement());
        });
    }

    /** Every stem, by its id. Call once no thread adds any more. */
    String[] stems() {
        String[] stems = new String[next.get()];
        byStem.forEach((stem, id) -> stems[id] = stem);
        return stems;
    }
}
