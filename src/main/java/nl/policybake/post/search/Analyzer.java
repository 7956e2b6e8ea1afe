package nl.policybake.post.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dutch text analysis for the search index, mirrored exactly by {@code themes/default/static/search/search.js}:
 * lower case, compatibility decomposition with the accents removed ("cliënt" is "client", "ĳ" is "ij"), split on
 * everything that is not a letter or digit, stop words out, then the Snowball Dutch stem.
 */
public final class Analyzer {

    /** Frequent Dutch words that carry no meaning for search; the browser script has the same list. */
    static final Set<String> STOP = Set.of("de", "het", "een", "en", "van", "in", "op", "te", "dat", "die", "is",
            "voor", "met", "aan", "er", "zijn", "om", "als", "bij", "of", "ook", "door", "naar", "wordt", "worden",
            "dit", "deze", "niet", "wel", "zo", "tot", "nog", "uit", "over", "we", "wij", "hij", "zij", "ze", "u",
            "je", "ik", "hun", "dan", "maar", "kan", "kunnen", "moet", "moeten", "was", "waren", "heeft",
            "hebben", "had", "zal", "zullen", "al", "meer", "veel", "geen");

    private Analyzer() {
    }

    /**
     * What each character from U+0080 to U+21FF folds to, worked out once: Latin, Greek and Cyrillic letters, and the
     * punctuation, currency signs and arrows our pages are full of ("’", "€", "↩").
     */
    private static final String[] FOLDED = new String[0x2200];

    static {
        for (int c = 0x80; c < FOLDED.length; c++) FOLDED[c] = fold(c);
    }

    /** Receives the words of a text one at a time. */
    interface WordSink {
        /** One word: {@code chars[0, length)}, folded; the array is reused for the next word. */
        void word(char[] chars, int length);
    }

    /**
     * The words of {@code text}, folded, in order, stop words included (for phrases and highlighting): the same as
     * lower-casing, decomposing and stripping marks from the whole text and splitting it on {@code [^a-z0-9]+},
     * but done one character at a time, since every step works per character (the one contextual lower-case
     * rule, Greek final sigma, gives a character that separates words either way).
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        words(text, (chars, length) -> words.add(new String(chars, 0, length)));
        return words;
    }

    /** {@link #words(String)}, handed to {@code sink} one at a time without making a string of each. */
    static void words(CharSequence text, WordSink sink) {
        char[] word = new char[32];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            String folded = null;
            if (ch < 0x80) {
                i++;
            } else {
                int c = Character.codePointAt(text, i);
                i += Character.charCount(c);
                folded = c < FOLDED.length ? FOLDED[c] : fold(c);
            }
            for (int k = 0, end = folded == null ? 1 : folded.length(); k < end; k++) {
                char c = folded == null ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch) : folded.charAt(k);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    if (n == word.length) word = java.util.Arrays.copyOf(word, n * 2);
                    word[n++] = c;
                } else if (n > 0) {
                    sink.word(word, n);
                    n = 0;
                }
            }
        }
        if (n > 0) sink.word(word, n);
    }

    /** One code point lower-cased, decomposed (NFKD) and without its marks. */
    private static String fold(int c) {
        return Normalizer.normalize(new String(Character.toChars(c)).toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
    }

    /** The stem a folded word is indexed under, or null for a stop word or a word too short to search. */
    public static String term(String word) {
        if (word.length() < 2 || STOP.contains(word)) return null;
        return DutchStemmer.stem(word);
    }
}
