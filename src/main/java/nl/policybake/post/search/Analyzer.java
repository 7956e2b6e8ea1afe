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

    /** The words of {@code text}, folded, in order, stop words included (for phrases and highlighting). */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^a-z0-9]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /** The stem a folded word is indexed under, or null for a stop word or a word too short to search. */
    public static String term(String word) {
        if (word.length() < 2 || STOP.contains(word)) return null;
        return DutchStemmer.stem(word);
    }
}
