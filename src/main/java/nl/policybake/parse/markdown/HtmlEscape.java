package nl.policybake.parse.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * HTML escaping as flexmark's renderer does it, for {@link BodyHtml}: text escapes {@code & < > "}; an attribute value
 * keeps the character references it has and escapes the rest. Reads a flexmark sequence's characters straight from the
 * source text where it can: most text of a body is a plain slice of it, and flexmark's sequences are slow to copy
 * character by character.
 */
final class HtmlEscape {

    private HtmlEscape() {
    }

    /** Appends {@code s} to {@code out} with {@code & < > "} escaped. */
    static void text(StringBuilder out, CharSequence s) {
        String source = source(s);
        if (source != null) {
            escape(out, source, ((BasedSequence) s).getStartOffset(), ((BasedSequence) s).getEndOffset());
        } else {
            String plain = s.toString();
            escape(out, plain, 0, plain.length());
        }
    }

    /** Appends an attribute value: {@code < > "} escaped, and {@code &} unless it starts a character reference. */
    static void attribute(StringBuilder out, CharSequence value) {
        String plain = value.toString();
        if (plain.indexOf('&') >= 0) {
            out.append(Escaping.escapeHtml(plain, true));
        } else {
            escape(out, plain, 0, plain.length());
        }
    }

    /**
     * Whether flexmark's {@code unescape} and {@code normalizeEOL} would leave {@code chars} as it is: it has no
     * backslash, no {@code &} and no carriage return.
     */
    static boolean isPlain(BasedSequence chars) {
        String source = source(chars);
        if (source != null) {
            for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                char c = source.charAt(i);
                if (c == '\\' || c == '&' || c == '\r') return false;
            }
            return true;
        }
        return false; // an assembled sequence: let flexmark resolve it
    }

    /** {@code chars} as a string, copied from the source text in one go where it is a slice of it. */
    static String string(BasedSequence chars) {
        String source = source(chars);
        return source != null ? source.substring(chars.getStartOffset(), chars.getEndOffset()) : chars.toString();
    }

    /**
     * The source text {@code s} is a plain slice of, from its start to its end offset; null when it is not one (an
     * assembled sequence, or not a flexmark sequence at all).
     */
    private static String source(CharSequence s) {
        return s instanceof SubSequence sub && sub.getBase() instanceof String base ? base : null;
    }

    private static void escape(StringBuilder out, String s, int from, int to) {
        int done = from;
        for (int i = from; i < to; i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                out.append(s, done, i).append(entity);
                done = i + 1;
            }
        }
        out.append(s, done, to);
    }
}
