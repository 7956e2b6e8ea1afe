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

    /** What each character from U+0080 to U+024F (Latin-1 and Latin Extended) folds to, worked out once. */
    private static final String[] LATIN = new String[0x250];

    static {
        for (int c = 0x80; c < LATIN.length; c++) LATIN[c] = fold(c);
    }

    /**
     * The words of {@code text}, folded, in order, stop words included (for phrases and highlighting): the same as
     * lower-casing, decomposing and stripping marks from the whole text and splitting it on {@code [^a-z0-9]+},
     * but done one character at a time, since every step works per character (the one contextual lower-case
     * rule, Greek final sigma, gives a character that separates words either way).
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                add((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c), word, words);
            } else {
                String folded = c < LATIN.length ? LATIN[c] : fold(c);
                for (int k = 0; k < folded.length(); k++) add(folded.charAt(k), word, words);
            }
        }
        if (word.length() > 0) words.add(word.toString());
        return words;
    }

    private static void add(char c, StringBuilder word, List<String> words) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            word.append(c);
        } else if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
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
