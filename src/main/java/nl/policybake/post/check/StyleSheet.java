package nl.policybake.post.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The style rules of one CSS file, enough of CSS for the contrast check: selectors, declarations with their lines,
 * the enclosing {@code @media} condition, and the theme's {@code /* on: ... *}{@code /} note inside a rule, which
 * names the background(s) the rule's text sits on when the rule itself sets none. Other at-rules ({@code @page},
 * {@code @font-face}, {@code @keyframes}) are skipped.
 */
final class StyleSheet {

    /** One declaration; {@code line} is 1-based. */
    record Declaration(String property, String value, int line) {
    }

    /** One style rule; {@code on} is the text of its {@code on:} note, empty without one. */
    record Rule(String selectors, String media, List<Declaration> declarations, String on, int line) {

        /** The value of the last declaration of {@code property}, or null. */
        Declaration last(String property) {
            Declaration found = null;
            for (Declaration d : declarations) if (d.property().equals(property)) found = d;
            return found;
        }
    }

    private final String css;
    private final int[] lineStarts;
    private final List<Rule> rules = new ArrayList<>();
    private int pos;

    private StyleSheet(String css) {
        this.css = css;
        this.lineStarts = lineStarts(css);
    }

    /** The rules of {@code css}, in the order they appear. */
    static List<Rule> parse(String css) {
        StyleSheet s = new StyleSheet(css);
        s.block("", false);
        return List.copyOf(s.rules);
    }

    private static int[] lineStarts(String css) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < css.length(); i++) if (css.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Reads rules until the end, or until the '}' closing a group when {@code nested}. */
    private void block(String media, boolean nested) {
        while (true) {
            skipSpaceAndComments();
            if (pos >= css.length()) return;
            if (css.charAt(pos) == '}') {
                pos++;
                if (nested) return;
                continue; // a stray '}' at the top: browsers ignore it too
            }
            int start = pos;
            String prelude = until("{;");
            if (pos >= css.length()) return;
            if (css.charAt(pos) == ';') { // @import, @charset
                pos++;
                continue;
            }
            pos++; // '{'
            String p = prelude.strip();
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.startsWith("@media") || lower.startsWith("@supports")) {
                block(media.isEmpty() ? p : media + " " + p, true);
            } else if (p.startsWith("@")) {
                skipBlock();
            } else {
                rule(p, media, line(start));
            }
        }
    }

    private void rule(String selectors, String media, int line) {
        List<Declaration> declarations = new ArrayList<>();
        StringBuilder on = new StringBuilder();
        while (pos < css.length()) {
            skipSpace();
            if (css.startsWith("/*", pos)) {
                int end = css.indexOf("*/", pos + 2);
                String comment = css.substring(pos + 2, end < 0 ? css.length() : end).strip();
                if (comment.startsWith("on:")) on.append(comment.substring(3).strip());
                pos = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (pos >= css.length()) break;
            if (css.charAt(pos) == '}') {
                pos++;
                break;
            }
            int start = pos;
            String text = until(";}");
            if (pos < css.length() && css.charAt(pos) == ';') pos++;
            int colon = text.indexOf(':');
            if (colon > 0) {
                declarations.add(new Declaration(text.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        text.substring(colon + 1).strip(), line(start)));
            }
        }
        rules.add(new Rule(selectors.replaceAll("\\s+", " "), media, List.copyOf(declarations), on.toString(), line));
    }

    /** The text up to (not including) the first of {@code stops} outside strings, parentheses and comments. */
    private String until(String stops) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        while (pos < css.length()) {
            char c = css.charAt(pos);
            if (c == '/' && css.startsWith("/*", pos)) {
                int end = css.indexOf("*/", pos + 2);
                pos = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = css.indexOf(c, pos + 1);
                end = end < 0 ? css.length() - 1 : end;
                sb.append(css, pos, end + 1);
                pos = end + 1;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth <= 0 && stops.indexOf(c) >= 0) break;
            sb.append(c);
            pos++;
        }
        return sb.toString();
    }

    private void skipBlock() {
        int depth = 1;
        while (pos < css.length() && depth > 0) {
            until("{}");
            if (pos >= css.length()) return;
            depth += css.charAt(pos) == '{' ? 1 : -1;
            pos++;
        }
    }

    private void skipSpace() {
        while (pos < css.length() && Character.isWhitespace(css.charAt(pos))) pos++;
    }

    private void skipSpaceAndComments() {
        while (true) {
            skipSpace();
            if (!css.startsWith("/*", pos)) return;
            int end = css.indexOf("*/", pos + 2);
            pos = end < 0 ? css.length() : end + 2;
        }
    }
}
