package nl.policybake.parse.csv;

import java.text.Normalizer;
import java.util.Locale;

/** Header matching: case, accents, spaces and punctuation do not count ("Project / proces / activiteiten"). */
public final class HeaderNames {

    private HeaderNames() {
    }

    /** The comparison key of a header: lower-case letters and digits only, accents folded. */
    public static String key(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
