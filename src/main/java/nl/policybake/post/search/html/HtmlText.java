package nl.policybake.post.search.html;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.parser.Parser;

/**
 * The text of HTML text nodes as jsoup gives it: from UTF-8 bytes with character references decoded, and with
 * whitespace normalised as {@code TextNode.text()} and {@code Element.text()} do it. The references our templates
 * and Markdown renderer write are decoded here; anything else (other names, a reference without ';', bytes that are
 * not UTF-8) falls back to jsoup's own decoder for that node, so odd input gives jsoup's answer, only slower.
 */
final class HtmlText {

    /** Named references decoded here, each only when directly followed by ';'. */
    private static final Map<String, Character> NAMED = Map.ofEntries(Map.entry("amp", '&'), Map.entry("lt", '<'),
            Map.entry("gt", '>'), Map.entry("quot", '"'), Map.entry("apos", '\''), Map.entry("nbsp", '\u00a0'),
            Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'), Map.entry("ldquo", '\u201c'),
            Map.entry("rdquo", '\u201d'), Map.entry("ndash", '\u2013'), Map.entry("mdash", '\u2014'),
            Map.entry("hellip", '\u2026'), Map.entry("euro", '\u20ac'));

    private HtmlText() {
    }

    /** Appends the decoded text of {@code bytes[from, to)} to {@code out}. */
    static void decode(byte[] bytes, int from, int to, Chars out) {
        int mark = out.length();
        for (int i = from; i < to; ) {
            int c = bytes[i];
            if (c >= 0 && c != '&') {
                out.append((char) c);
                i++;
            } else {
                i = c == '&' ? reference(bytes, i, to, out) : utf8(bytes, i, to, out);
                if (i < 0) {
                    out.setLength(mark);
                    // anything unusual is jsoup's to decode
                    out.append(Parser.unescapeEntities(new String(bytes, from, to - from, StandardCharsets.UTF_8),
                            false));
                    return;
                }
            }
        }
    }

    /** Decodes the reference at {@code at}; the index after it, or -1 when it is one for jsoup. */
    private static int reference(byte[] bytes, int at, int to, Chars out) {
        int i = at + 1;
        if (i < to && bytes[i] == '#') {
            boolean hex = i + 1 < to && (bytes[i + 1] | 0x20) == 'x';
            i += hex ? 2 : 1;
            int start = i;
            long value = 0;
            while (i < to && i - start < 7) {
                int d = Character.digit(bytes[i], hex ? 16 : 10);
                if (d < 0) break;
                value = value * (hex ? 16 : 10) + d;
                i++;
            }
            boolean plain = value >= 0x20 && value < 0x7f || value >= 0xa0 && value < 0xd800
                    || value >= 0xe000 && value <= 0x10ffff;
            if (i == start || i >= to || bytes[i] != ';' || !plain) return -1;
            out.appendCodePoint((int) value);
            return i + 1;
        }
        while (i < to && i - at < 8 && (bytes[i] | 0x20) >= 'a' && (bytes[i] | 0x20) <= 'z') i++;
        if (i >= to || bytes[i] != ';') return -1;
        Character c = NAMED.get(new String(bytes, at + 1, i - at - 1, StandardCharsets.US_ASCII));
        if (c == null) return -1;
        out.append(c.charValue());
        return i + 1;
    }

    /** Decodes the UTF-8 sequence at {@code at}; the index after it, or -1 when it is not well formed. */
    private static int utf8(byte[] bytes, int at, int to, Chars out) {
        int b0 = bytes[at] & 0xff;
        int n = b0 >= 0xc2 && b0 < 0xe0 ? 1 : b0 >= 0xe0 && b0 < 0xf0 ? 2 : b0 >= 0xf0 && b0 < 0xf5 ? 3 : -1;
        if (n < 0 || at + n >= to) return -1;
        int cp = b0 & (0x3f >> n);
        for (int k = 1; k <= n; k++) {
            int b = bytes[at + k] & 0xff;
            if ((b & 0xc0) != 0x80) return -1;
            cp = cp << 6 | b & 0x3f;
        }
        boolean overlong = n == 2 && cp < 0x800 || n == 3 && (cp < 0x10000 || cp > 0x10ffff);
        if (overlong || cp >= 0xd800 && cp < 0xe000) return -1;
        out.appendCodePoint(cp);
        return at + n + 1;
    }

    /** Whitespace as jsoup normalises it: the ASCII spaces and the no-break space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /**
     * Appends {@code text} with each run of {@link #isSpace} characters as one space, leaving out zero-width spaces
     * and soft hyphens; with {@code stripLeading}, leading whitespace is left out too.
     */
    static void appendNormalised(StringBuilder out, CharSequence text, boolean stripLeading) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (stripLeading && !reachedNonWhite || lastWasWhite) continue;
                out.append(' ');
                lastWasWhite = true;
            } else if (c != '\u200b' && c != '\u00ad') {
                out.append(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }
}
