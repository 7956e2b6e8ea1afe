package nl.policybake.post.search.html;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * Reads the markup of an HTML page's UTF-8 bytes one tag at a time, for {@link Passages}: start and end tags with
 * their lower-case name, and of the attributes only {@code id} and {@code class}; comments, doctypes and processing
 * instructions are passed over. Between two tags lies text, which the caller reads from the bytes.
 */
final class Tags {

    static final int START = 0;
    static final int END = 1;
    static final int OTHER = 2;
    static final int END_OF_INPUT = 3;

    /** Elements whose content is raw text, not markup. */
    static final Set<String> RAW = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes");

    /** Names that need no new string, most frequent first. */
    private static final String[] KNOWN = {"p", "a", "td", "li", "abbr", "tr", "span", "div", "h3", "h2", "th", "ul",
        "h4", "ol", "nav", "time", "sup", "hr", "br", "section", "table", "caption", "thead", "tbody", "main", "h1",
        "article", "header", "footer", "meta", "link", "script", "svg", "g", "line", "rect", "text", "path", "dl",
        "dt", "dd", "strong", "em", "code", "figure", "details", "summary", "label", "select", "option", "input",
        "button", "form", "img", "html", "head", "body", "title"};

    private final byte[] b;
    private int at;
    private int textEnd;
    private String name;
    private String id;
    private String classes;
    private boolean selfClosing;
    private boolean hasId;
    private boolean hasClass;

    Tags(byte[] html) {
        this.b = html;
    }

    byte[] bytes() {
        return b;
    }

    /** Where reading goes on. */
    int at() {
        return at;
    }

    /** Where the text before the last markup read ends (it starts where {@link #at()} was before). */
    int textEnd() {
        return textEnd;
    }

    String name() {
        return name;
    }

    /** The last start tag's id, decoded; empty without one. */
    String id() {
        return id;
    }

    String classes() {
        return classes;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** Reads up to and including the next markup: {@link #START}, {@link #END}, {@link #OTHER} or the end. */
    int next() {
        int lt = at;
        while (lt < b.length && !(b[lt] == '<' && startsMarkup(lt + 1))) lt++;
        textEnd = lt;
        if (lt >= b.length) {
            at = b.length;
            return END_OF_INPUT;
        }
        byte c = b[lt + 1];
        if (c == '!' && lt + 3 < b.length && b[lt + 2] == '-' && b[lt + 3] == '-') {
            int close = indexOf("-->", lt + 2);
            at = close < 0 ? b.length : close + 3;
            return OTHER;
        }
        if (c == '!' || c == '?' || c == '/' && !isLetter(lt + 2)) {
            int close = indexOf(">", lt + 2);
            at = close < 0 ? b.length : close + 1;
            return OTHER;
        }
        boolean end = c == '/';
        at = lt + (end ? 2 : 1);
        name = readName();
        id = "";
        classes = "";
        selfClosing = false;
        hasId = false;
        hasClass = false;
        attributes();
        return end ? END : START;
    }

    /** Reads up to and including the first start tag named {@code name}; false when there is none. */
    boolean seek(String wanted) {
        for (int kind = next(); kind != END_OF_INPUT; kind = next()) {
            if (kind != START) continue;
            if (name.equals(wanted)) return true;
            if (RAW.contains(name) && !selfClosing) skipRaw(name);
        }
        return false;
    }

    /** Passes over the content and the end tag of the element {@code name} whose start tag was just read. */
    void skipElement(String element, boolean raw) {
        if (raw) {
            skipRaw(element);
            next();
            return;
        }
        if (element.equals("svg") && skipChart()) return;
        int open = 1;
        for (int kind = next(); kind != END_OF_INPUT; kind = next()) {
            if (kind == START && RAW.contains(name) && !selfClosing) skipRaw(name);
            if (!name.equals(element) || kind == START && selfClosing) continue;
            if (kind == START) open++;
            if (kind == END && --open == 0) return;
        }
    }

    /**
     * Passes over an SVG through its end tag in one go, when no other SVG start tag, comment or other
     * {@code <!}/{@code <?} markup comes before the first {@code </svg>}: a chart as JFreeSVG writes it (it escapes
     * {@code <} in text and attribute values). False, having read nothing, for anything else. (A {@code script} or
     * {@code style} inside an SVG is not raw text for a browser either: the first {@code </svg>} ends the SVG.)
     */
    private boolean skipChart() {
        for (int i = at; i + 1 < b.length; i++) {
            if (b[i] != '<') continue;
            byte c = b[i + 1];
            if (c == '!' || c == '?') return false;
            if (c == '/') {
                if (!nameIs(i + 2, "svg")) continue;
                at = i;
                next();
                return true;
            }
            if (nameIs(i + 1, "svg")) return false;
        }
        return false;
    }

    /** Whether a tag name {@code name} (lower case), in any case, starts at {@code from} and ends there. */
    private boolean nameIs(int from, String name) {
        int after = from + name.length();
        if (after > b.length) return false;
        for (int i = 0; i < name.length(); i++) if ((b[from + i] | 0x20) != name.charAt(i)) return false;
        return after == b.length || isSpace(b[after]) || b[after] == '/' || b[after] == '>';
    }

    /** Passes over raw text up to (not including) the end tag {@code </element>}. */
    void skipRaw(String element) {
        for (int i = at; i < b.length; i++) {
            if (b[i] != '<' || i + 1 >= b.length || b[i + 1] != '/') continue;
            if (nameIs(i + 2, element)) {
                at = i;
                return;
            }
        }
        at = b.length;
    }

    private void attributes() {
        while (at < b.length) {
            byte c = b[at];
            if (c == '>') {
                at++;
                return;
            }
            if (isSpace(c)) {
                at++;
            } else if (c == '/') {
                at++;
                if (at < b.length && b[at] == '>') selfClosing = true;
            } else {
                attribute();
            }
        }
    }

    private void attribute() {
        int start = at;
        while (at < b.length && !isSpace(b[at]) && b[at] != '/' && b[at] != '>' && (b[at] != '=' || at == start)) at++;
        int which = is(start, "id") ? 1 : is(start, "class") ? 2 : 0;
        while (at < b.length && isSpace(b[at])) at++;
        String value = "";
        if (at < b.length && b[at] == '=') {
            at++;
            while (at < b.length && isSpace(b[at])) at++;
            value = value(which != 0);
        }
        // the first of two attributes with one name counts, as in jsoup
        if (which == 1 && !hasId) {
            id = value;
            hasId = true;
        } else if (which == 2 && !hasClass) {
            classes = value;
            hasClass = true;
        }
    }

    /** Whether the bytes from {@code start} to {@link #at} are {@code name} (lower case), in any case. */
    private boolean is(int start, String name) {
        if (at - start != name.length()) return false;
        for (int i = 0; i < name.length(); i++) if ((b[start + i] | 0x20) != name.charAt(i)) return false;
        return true;
    }

    /** Reads an attribute's value; decoded when {@code wanted}, else passed over (and empty). */
    private String value(boolean wanted) {
        int start;
        int stop;
        if (at < b.length && (b[at] == '"' || b[at] == '\'')) {
            byte quote = b[at];
            start = at + 1;
            stop = start;
            while (stop < b.length && b[stop] != quote) stop++;
            at = Math.min(b.length, stop + 1);
        } else {
            start = at;
            while (at < b.length && !isSpace(b[at]) && b[at] != '>') at++;
            stop = at;
        }
        if (!wanted) return "";
        String raw = new String(b, start, stop - start, StandardCharsets.UTF_8);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private String readName() {
        int start = at;
        while (at < b.length && !isSpace(b[at]) && b[at] != '/' && b[at] != '>') at++;
        for (String known : KNOWN) if (is(start, known)) return known;
        char[] chars = new char[at - start];
        for (int i = 0; i < chars.length; i++) {
            int c = b[start + i] & 0xff;
            chars[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return new String(chars);
    }

    private boolean startsMarkup(int i) {
        if (i >= b.length) return false;
        byte c = b[i];
        return c == '!' || c == '/' || c == '?' || isLetter(i);
    }

    private boolean isLetter(int i) {
        return i < b.length && ((b[i] | 0x20) >= 'a' && (b[i] | 0x20) <= 'z');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i + s.length() <= b.length; i++) {
            for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) continue outer;
            return i;
        }
        return -1;
    }
}
