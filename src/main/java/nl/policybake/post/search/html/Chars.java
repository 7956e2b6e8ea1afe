package nl.policybake.post.search.html;

import java.util.Arrays;

/** A growing run of characters, reused from text node to text node: a leaner StringBuilder for the scanner. */
final class Chars implements CharSequence {

    private char[] chars = new char[1024];
    private int length;

    void append(char c) {
        if (length == chars.length) chars = Arrays.copyOf(chars, length * 2);
        chars[length++] = c;
    }

    void appendCodePoint(int cp) {
        if (Character.isBmpCodePoint(cp)) {
            append((char) cp);
        } else {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        }
    }

    void append(String s) {
        for (int i = 0; i < s.length(); i++) append(s.charAt(i));
    }

    /**
     * Appends {@code c} with whitespace collapsed as the index wants a passage's text: the ASCII spaces, the no-break
     * space and the vertical tab become one space, none at the start or after another; zero-width spaces and soft
     * hyphens are left out.
     */
    void appendCollapsing(char c) {
        if (isCollapsed(c)) {
            if (length > 0 && chars[length - 1] != ' ') append(' ');
        } else if (!isDropped(c)) {
            append(c);
        }
    }

    /** Appends every character of {@code from} as {@link #appendCollapsing(char)} would, one at a time. */
    void appendCollapsing(Chars from) {
        if (length + from.length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + from.length));
        }
        char[] to = chars;
        int n = length;
        for (int i = 0; i < from.length; i++) {
            char c = from.chars[i];
            if (isCollapsed(c)) {
                if (n > 0 && to[n - 1] != ' ') to[n++] = ' ';
            } else if (!isDropped(c)) {
                to[n++] = c;
            }
        }
        length = n;
    }

    /** Whitespace that becomes one space: the ASCII spaces, the no-break space and the vertical tab. */
    private static boolean isCollapsed(char c) {
        return HtmlText.isSpace(c) || c == '\u000b';
    }

    /** Left out: zero-width spaces and soft hyphens. */
    private static boolean isDropped(char c) {
        return c == '\u200b' || c == '\u00ad';
    }

    void setLength(int length) {
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
