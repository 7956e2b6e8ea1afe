package nl.policybake.render;

/**
 * Prepares a document's HTML for the print page, where several documents share one page: headings move one
 * level down (the document title becomes an {@code h2}), and ids and in-page links get the document's slug in
 * front so that footnotes and headings of different documents do not collide. Chart ids ({@code chart-...}) are
 * unique already and left alone, as is everything inside an SVG, which refers to its own ids.
 *
 * <p>A scanner over the HTML, which is flexmark's output with tables and charts filled in: tags are found and
 * rewritten in place, everything else is copied as it is. (A jsoup tree did the same at a seventh of a 10,000-page
 * build's time; {@code PrintBodyTest} checks that both give the same tree.) Comments and the text of
 * {@code script}, {@code style}, {@code textarea} and {@code title} are copied without looking for tags in them.
 */
final class PrintBody {

    private final String html;
    private final String prefix;
    private final StringBuilder out;
    private int pos;
    private int svgDepth;

    private PrintBody(String html, String prefix) {
        this.html = html;
        this.prefix = prefix;
        this.out = new StringBuilder(html.length() + html.length() / 50);
    }

    static String of(String html, String prefix) {
        PrintBody p = new PrintBody(html, prefix);
        p.run();
        return p.out.toString();
    }

    private void run() {
        int n = html.length();
        while (pos < n) {
            int lt = html.indexOf('<', pos);
            if (lt < 0) break;
            out.append(html, pos, lt);
            pos = lt;
            if (html.startsWith("<!--", lt)) {
                copyThrough("-->", lt + 4);
                continue;
            }
            boolean closing = lt + 1 < n && html.charAt(lt + 1) == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd), nameEnd == nameStart)) nameEnd++;
            if (nameEnd == nameStart) { // not a tag: '<' as text
                out.append('<');
                pos = lt + 1;
                continue;
            }
            tag(lt, closing, html.substring(nameStart, nameEnd), nameEnd);
        }
        out.append(html, pos, n);
        pos = n;
    }

    /** One tag from {@code lt} on, whose name ends at {@code nameEnd}. */
    private void tag(int lt, boolean closing, String name, int nameEnd) {
        int end = tagEnd(nameEnd);
        boolean selfClosing = end > lt + 1 && html.charAt(end - 2) == '/';
        if (name.equalsIgnoreCase("svg")) svgDepth = Math.max(0, svgDepth + (closing ? -1 : selfClosing ? 0 : 1));
        if (svgDepth > 0 || name.equalsIgnoreCase("svg")) {
            out.append(html, lt, end);
            pos = end;
            if (svgDepth == 1 && !closing) skipChart();
            return;
        }
        out.append(html, lt, nameEnd - name.length());
        out.append(heading(name));
        if (closing) {
            out.append(html, nameEnd, end);
        } else {
            attributes(name.equalsIgnoreCase("a"), nameEnd, end);
        }
        pos = end;
        if (!closing && !selfClosing && isRawText(name)) copyThrough("</" + name, end);
    }

    /**
     * Copies the rest of an SVG whose start tag was just copied, through its end tag, in one piece, when nothing in
     * it could be another start tag of an SVG or a comment: a chart as JFreeSVG writes it (it escapes {@code <} in
     * text and attribute values), hundreds of tags that the loop would copy one at a time. Anything else is left to
     * the loop.
     */
    private void skipChart() {
        int close = html.indexOf('<', pos);
        for (; close >= 0 && !html.regionMatches(true, close, "</svg", 0, 5); close = html.indexOf('<', close + 1)) {
            if (html.regionMatches(true, close, "<svg", 0, 4) || html.startsWith("<!--", close)) return;
        }
        if (close < 0 || close + 5 < html.length() && isNameChar(html.charAt(close + 5), false)) return;
        int end = tagEnd(close + 5);
        out.append(html, pos, end);
        pos = end;
        svgDepth = 0;
    }

    /** {@code h1} to {@code h5} one level down, at most {@code h6}; any other name as it is. */
    private static String heading(String name) {
        if (name.length() == 2 && (name.charAt(0) == 'h' || name.charAt(0) == 'H')) {
            char level = name.charAt(1);
            if (level >= '1' && level <= '5') return name.charAt(0) + String.valueOf((char) (level + 1));
        }
        return name;
    }

    /** Copies the attributes between {@code from} and the tag's end {@code end}, with ids and in-page links renamed. */
    private void attributes(boolean link, int from, int end) {
        int i = from;
        while (i < end) {
            char c = html.charAt(i);
            if (!isNameChar(c, true)) {
                out.append(c);
                i++;
                continue;
            }
            int nameEnd = i;
            while (nameEnd < end && !isSpace(html.charAt(nameEnd)) && "=>/\"'".indexOf(html.charAt(nameEnd)) < 0) {
                nameEnd++;
            }
            boolean id = nameEnd - i == 2 && html.regionMatches(true, i, "id", 0, 2);
            boolean href = link && nameEnd - i == 4 && html.regionMatches(true, i, "href", 0, 4);
            int eq = nameEnd;
            while (eq < end && isSpace(html.charAt(eq))) eq++;
            if (eq >= end || html.charAt(eq) != '=') { // an attribute without a value
                out.append(html, i, nameEnd);
                i = nameEnd;
                continue;
            }
            int valueStart = eq + 1;
            while (valueStart < end && isSpace(html.charAt(valueStart))) valueStart++;
            char quote = valueStart < end ? html.charAt(valueStart) : ' ';
            int textStart = quote == '"' || quote == '\'' ? valueStart + 1 : valueStart;
            int textEnd = textStart;
            if (textStart > valueStart) {
                while (textEnd < end && html.charAt(textEnd) != quote) textEnd++;
            } else {
                while (textEnd < end && !isSpace(html.charAt(textEnd)) && html.charAt(textEnd) != '>') textEnd++;
            }
            out.append(html, i, textStart);
            if (id && !html.startsWith("chart-", textStart)) {
                out.append(prefix).append('-').append(html, textStart, textEnd);
            } else if (href && textStart < textEnd && html.charAt(textStart) == '#'
                    && !html.startsWith("#chart-", textStart)) {
                out.append('#').append(prefix).append('-').append(html, textStart + 1, textEnd);
            } else {
                out.append(html, textStart, textEnd);
            }
            i = textEnd;
        }
    }

    /** Where the tag whose name ends at {@code from} ends: after its {@code >}, quoted values skipped. */
    private int tagEnd(int from) {
        int i = from;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') return i + 1;
            if (c == '"' || c == '\'') {
                int close = html.indexOf(c, i + 1);
                if (close < 0) return n;
                i = close + 1;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Copies from {@code pos} through the first {@code end} at or after {@code from}, or to the end of the text. */
    private void copyThrough(String end, int from) {
        int at = indexOfIgnoreCase(end, from);
        int stop = at < 0 ? html.length() : at + (end.startsWith("</") ? 0 : end.length());
        out.append(html, pos, stop);
        pos = stop;
    }

    private int indexOfIgnoreCase(String s, int from) {
        for (int i = html.indexOf(s.charAt(0), from); i >= 0; i = html.indexOf(s.charAt(0), i + 1)) {
            if (html.regionMatches(true, i, s, 0, s.length())) return i;
        }
        return -1;
    }

    private static boolean isRawText(String name) {
        return name.equalsIgnoreCase("script") || name.equalsIgnoreCase("style") || name.equalsIgnoreCase("textarea")
                || name.equalsIgnoreCase("title");
    }

    private static boolean isNameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && (c >= '0' && c <= '9' || c == '-' || c == ':');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
