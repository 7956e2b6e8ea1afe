package nl.policybake.parse;

import java.text.Normalizer;
import java.util.Locale;

/** Portable slugs: lower-case {@code a-z0-9} separated by single hyphens, diacritics folded ("cliënt" is "client"). */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of {@code text}; {@code fallback} when nothing portable is left. */
    public static String of(String text, String fallback) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (char c : folded.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) sb.append('-');
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return sb.length() == 0 ? fallback : sb.toString();
    }

    /** True when {@code s} is already a portable slug. */
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }
}
