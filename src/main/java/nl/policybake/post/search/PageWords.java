package nl.policybake.post.search;

import java.util.Arrays;

/**
 * The indexed terms of one page, each numbered from 0 by first use ("slots"), with each distinct word looked up in
 * the shared {@link TermTable} only once per page: open-addressing tables from a word's characters to its slot and
 * from a term to its slot, so that a word seen before costs no string. Not thread-safe; one per page.
 */
final class PageWords {

    private final TermTable table;
    private char[][] words = new char[1024][];
    private int[] wordSlots = new int[1024];
    private int wordCount;
    /** Term id + 1 (0 is empty) and slot, by hash of the term id. */
    private int[] termKeys = new int[512];
    private int[] termSlots = new int[512];
    private int[] terms = new int[256];
    private int size;

    PageWords(TermTable table) {
        this.table = table;
    }

    /** The slot of the word {@code chars[0, length)}, or -1 when it is not indexed (a stop word, too short). */
    int slot(char[] chars, int length) {
        int mask = words.length - 1;
        for (int i = hash(chars, length) & mask; ; i = (i + 1) & mask) {
            char[] key = words[i];
            if (key == null) return add(i, Arrays.copyOf(chars, length));
            if (key.length == length && Arrays.equals(key, 0, length, chars, 0, length)) return wordSlots[i];
        }
    }

    /** How many slots there are. */
    int size() {
        return size;
    }

    /** The {@link TermTable} id of a slot. */
    int term(int slot) {
        return terms[slot];
    }

    private int add(int at, char[] word) {
        int id = table.of(new String(word));
        int slot = id == TermTable.NONE ? -1 : slotOfTerm(id);
        words[at] = word;
        wordSlots[at] = slot;
        if (++wordCount * 2 > words.length) growWords();
        return slot;
    }

    private int slotOfTerm(int id) {
        int mask = termKeys.length - 1;
        int i = (id * 0x9E3779B9) >>> 7 & mask;
        while (termKeys[i] != 0 && termKeys[i] != id + 1) i = (i + 1) & mask;
        if (termKeys[i] != 0) return termSlots[i];
        if (size == terms.length) terms = Arrays.copyOf(terms, size * 2);
        terms[size] = id;
        termKeys[i] = id + 1;
        termSlots[i] = size;
        if (size * 2 > termKeys.length) growTerms();
        return size++;
    }

    private void growWords() {
        char[][] oldWords = words;
        int[] oldSlots = wordSlots;
        words = new char[oldWords.length * 2][];
        wordSlots = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int k = 0; k < oldWords.length; k++) {
            if (oldWords[k] == null) continue;
            int i = hash(oldWords[k], oldWords[k].length) & mask;
            while (words[i] != null) i = (i + 1) & mask;
            words[i] = oldWords[k];
            wordSlots[i] = oldSlots[k];
        }
    }

    private void growTerms() {
        termKeys = new int[termKeys.length * 2];
        termSlots = new int[termKeys.length];
        int mask = termKeys.length - 1;
        for (int s = 0; s <= size; s++) {
            int i = (terms[s] * 0x9E3779B9) >>> 7 & mask;
            while (termKeys[i] != 0) i = (i + 1) & mask;
            termKeys[i] = terms[s] + 1;
            termSlots[i] = s;
        }
    }

    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + chars[i];
        return h ^ (h >>> 16);
    }
}
