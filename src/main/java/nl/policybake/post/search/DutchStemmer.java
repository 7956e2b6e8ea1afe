package nl.policybake.post.search;

import java.util.Objects;

/**
 * The classic Snowball Dutch stemmer: Martin Porter's Dutch algorithm, called {@code dutch_porter} by Snowball
 * since 2024 and implemented by Lucene's Dutch Snowball filter. Written from the algorithm's description at
 * snowballstem.org and its {@code dutch_porter.sbl}; it reproduces Snowball's reference vocabulary word for word.
 *
 * <p>The steps, in order:
 * <ol>
 * <li>Prelude: remove the accent from ä á ë é ï í ö ó ü ú (è stays and counts as a vowel, other letters stay as
 * they are); mark as consonants an initial {@code y}, a {@code y} after a vowel and an {@code i} between vowels.
 * <li>Regions: R1 starts after the first non-vowel that follows a vowel, but not before the fourth letter; R2
 * starts after the next such non-vowel after R1's start.
 * <li>Step 1: {@code heden} in R1 becomes {@code heid}; {@code en} or {@code ene} in R1 after a non-vowel and not
 * after {@code gem} is removed, then a final {@code kk}, {@code dd} or {@code tt} loses a letter; {@code s} or
 * {@code se} in R1 after a non-vowel other than {@code j} is removed.
 * <li>Step 2: a final {@code e} in R1 after a non-vowel is removed, then a final double consonant is undoubled.
 * <li>Step 3a: {@code heid} in R2, not after {@code c}, is removed, and then {@code en} as in step 1.
 * <li>Step 3b: {@code end} or {@code ing} in R2 is removed, then a final {@code ig} in R2 not after {@code e},
 * else a double consonant; {@code ig} in R2 not after {@code e}; {@code lijk} in R2, then step 2 again;
 * {@code baar} in R2; {@code bar} in R2 when step 2 removed an {@code e}.
 * <li>Step 4: a double vowel {@code aa ee oo uu} between a non-vowel and a final consonant loses one letter.
 * <li>Postlude: the consonant markers become {@code i} and {@code y} again.
 * </ol>
 *
 * <p>{@code themes/default/static/search/stemmer.js} implements the same steps in the same order for the browser;
 * change both together. Thread-safe: each call works on its own instance.
 */
public final class DutchStemmer {

    private static final String VOWELS = "aeiouyè";
    // Upper case cannot occur in a lower-case word, so these mark i and y that act as consonants.
    private static final char CONSONANT_I = 'I';
    private static final char CONSONANT_Y = 'Y';
    // R1 never starts before the fourth letter, whatever the word looks like.
    private static final int MIN_R1 = 3;

    private final StringBuilder word;
    private int r1;
    private int r2;
    private boolean eRemoved;

    private DutchStemmer(String word) {
        this.word = new StringBuilder(word);
    }

    /**
     * Returns the stem of one word.
     *
     * @param word one lower-case word, as the caller's tokenizer produced it; not null
     * @return the stem, possibly the word itself; never null
     * @throws NullPointerException if {@code word} is null
     */
    public static String stem(String word) {
        Objects.requireNonNull(word, "word");
        DutchStemmer stemmer = new DutchStemmer(word);
        stemmer.prelude();
        stemmer.markRegions();
        stemmer.step1();
        stemmer.removeFinalE();
        stemmer.step3a();
        stemmer.step3b();
        stemmer.step4();
        return stemmer.postlude();
    }

    private void prelude() {
        for (int i = 0; i < word.length(); i++) {
            word.setCharAt(i, unaccented(word.charAt(i)));
        }
        if (word.length() > 0 && word.charAt(0) == 'y') word.setCharAt(0, CONSONANT_Y);
        int i = 0;
        while (true) {
            while (i < word.length() && !isVowel(word.charAt(i))) i++;
            if (++i >= word.length()) return;
            char c = word.charAt(i);
            // An i before a vowel is marked, then that vowel is looked at afresh (Snowball's rule for "iiii").
            if (c == 'i') {
                if (i + 1 < word.length() && isVowel(word.charAt(i + 1))) word.setCharAt(i, CONSONANT_I);
                i++;
            } else if (c == 'y') {
                word.setCharAt(i, CONSONANT_Y);
                i++;
            }
        }
    }

    private static char unaccented(char c) {
        switch (c) {
            case 'ä': case 'á': return 'a';
            case 'ë': case 'é': return 'e';
            case 'ï': case 'í': return 'i';
            case 'ö': case 'ó': return 'o';
            case 'ü': case 'ú': return 'u';
            default: return c;
        }
    }

    private void markRegions() {
        r1 = word.length();
        r2 = word.length();
        int end = afterVowelThenNonVowel(0);
        if (end < 0) return;
        r1 = Math.max(end, MIN_R1);
        // R2 is searched from where R1's search stopped, not from R1's adjusted start.
        end = afterVowelThenNonVowel(end);
        if (end >= 0) r2 = end;
    }

    /** Index just past the first non-vowel that follows a vowel at or after {@code from}, or -1. */
    private int afterVowelThenNonVowel(int from) {
        int i = from;
        while (i < word.length() && !isVowel(word.charAt(i))) i++;
        while (i < word.length() && isVowel(word.charAt(i))) i++;
        return i < word.length() ? i + 1 : -1;
    }

    private void step1() {
        int n = word.length();
        if (endsWith("heden")) {
            if (n - 5 >= r1) word.replace(n - 5, n, "heid");
        } else if (endsWith("ene")) {
            removeEn(n - 3);
        } else if (endsWith("en")) {
            removeEn(n - 2);
        } else if (endsWith("se")) {
            removeS(n - 2);
        } else if (endsWith("s")) {
            removeS(n - 1);
        }
    }

    /** Removes the suffix starting at {@code start} if it is an -en/-ene ending in R1, then undoubles. */
    private void removeEn(int start) {
        if (start >= r1 && hasNonVowelBefore(start) && !endsWithAt("gem", start)) {
            word.setLength(start);
            undoubleConsonant();
        }
    }

    private void removeS(int start) {
        if (start >= r1 && hasNonVowelBefore(start) && word.charAt(start - 1) != 'j') word.setLength(start);
    }

    private void removeFinalE() {
        eRemoved = false;
        int start = word.length() - 1;
        if (endsWith("e") && start >= r1 && hasNonVowelBefore(start)) {
            word.setLength(start);
            eRemoved = true;
            undoubleConsonant();
        }
    }

    private void step3a() {
        int start = word.length() - 4;
        if (endsWith("heid") && start >= r2 && !endsWithAt("c", start)) {
            word.setLength(start);
            if (endsWith("en")) removeEn(word.length() - 2);
        }
    }

    private void step3b() {
        int n = word.length();
        if (endsWith("end") || endsWith("ing")) {
            if (n - 3 < r2) return;
            word.setLength(n - 3);
            if (!removeIg()) undoubleConsonant();
        } else if (endsWith("ig")) {
            removeIg();
        } else if (endsWith("lijk")) {
            if (n - 4 < r2) return;
            word.setLength(n - 4);
            removeFinalE();
        } else if (endsWith("baar")) {
            if (n - 4 >= r2) word.setLength(n - 4);
        } else if (endsWith("bar")) {
            if (n - 3 >= r2 && eRemoved) word.setLength(n - 3);
        }
    }

    /** Removes a final -ig in R2 that does not follow an e; says whether it did. */
    private boolean removeIg() {
        int start = word.length() - 2;
        if (!endsWith("ig") || start < r2 || endsWithAt("e", start)) return false;
        word.setLength(start);
        return true;
    }

    private void step4() {
        int n = word.length();
        if (n < 4) return;
        char last = word.charAt(n - 1);
        char vowel = word.charAt(n - 2);
        if (!isVowel(last) && last != CONSONANT_I && "aeou".indexOf(vowel) >= 0 && word.charAt(n - 3) == vowel
                && !isVowel(word.charAt(n - 4))) {
            word.deleteCharAt(n - 2);
        }
    }

    private String postlude() {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == CONSONANT_I) word.setCharAt(i, 'i');
            else if (word.charAt(i) == CONSONANT_Y) word.setCharAt(i, 'y');
        }
        return word.toString();
    }

    private void undoubleConsonant() {
        if (endsWith("kk") || endsWith("dd") || endsWith("tt")) word.setLength(word.length() - 1);
    }

    private boolean hasNonVowelBefore(int index) {
        return index > 0 && !isVowel(word.charAt(index - 1));
    }

    private boolean endsWith(String suffix) {
        return endsWithAt(suffix, word.length());
    }

    /** Whether {@code text} ends just before {@code end}. */
    private boolean endsWithAt(String text, int end) {
        int start = end - text.length();
        return start >= 0 && word.substring(start, end).equals(text);
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
