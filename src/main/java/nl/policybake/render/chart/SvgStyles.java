package nl.policybake.render.chart;

/**
 * Turns the {@code style} attributes JFreeSVG writes into SVG presentation attributes ({@code fill="..."}), so an
 * inline chart draws the same under a Content-Security-Policy without {@code 'unsafe-inline'} for styles, which
 * blocks every {@code style} attribute. Every property JFreeSVG writes is also a presentation attribute. Also drops
 * JFreeSVG's {@code xmlns:jfreesvg} declaration, which the HTML syntax does not allow on inline SVG.
 *
 * <p>A scanner rather than regular expressions: a chart's SVG has hundreds of style attributes, and the matcher's
 * replacements were a twentieth of a build's Java time. {@code SvgStylesTest} holds it to the regular expressions'
 * answer.
 */
final class SvgStyles {

    private static final String STYLE = " style=";
    // JFreeSVG declares its own namespace, which HTML does not allow on an inline svg and nothing here uses
    private static final String JFREESVG_NS = " xmlns:jfreesvg=";

    private SvgStyles() {
    }

    /** {@code svg} with each {@code style="a: b; c: d"} replaced by {@code a="b" c="d"}. */
    static String toAttributes(String svg) {
        StringBuilder sb = new StringBuilder(svg.length());
        int done = 0;
        int from = 0;
        for (int at; (at = svg.indexOf(STYLE, from)) >= 0; ) {
            int end = quotedEnd(svg, at + STYLE.length());
            if (end < 0) {
                from = at + 1;
                continue;
            }
            sb.append(svg, done, at);
            attributes(svg, at + STYLE.length() + 1, end - 1, sb);
            done = from = end;
        }
        sb.append(svg, done, svg.length());
        for (int at = sb.indexOf(JFREESVG_NS); at >= 0; at = sb.indexOf(JFREESVG_NS, at + 1)) {
            int end = quotedEnd(sb, at + JFREESVG_NS.length());
            if (end >= 0) return sb.delete(at, end).toString();
        }
        return sb.toString();
    }

    /** Where the quoted value at {@code at} ends (after its closing quote), or -1 when none is there. */
    private static int quotedEnd(CharSequence s, int at) {
        if (at >= s.length()) return -1;
        char quote = s.charAt(at);
        if (quote != '"' && quote != '\'') return -1;
        for (int i = at + 1; i < s.length(); i++) {
            if (s.charAt(i) == quote) return i + 1;
        }
        return -1;
    }

    /** Appends the declarations between {@code from} and {@code to} as attributes: {@code  a="b"} for {@code a: b}. */
    private static void attributes(String s, int from, int to, StringBuilder sb) {
        for (int start = from; start < to; ) {
            int end = start;
            int colon = -1;
            for (; end < to && s.charAt(end) != ';'; end++) {
                if (colon < 0 && s.charAt(end) == ':') colon = end;
            }
            if (colon >= 0) { // the empty piece after a closing ';' has none
                String name = s.substring(start, colon).strip();
                String value = s.substring(colon + 1, end).strip().replace("&", "&amp;").replace("\"", "&quot;");
                sb.append(' ').append(name).append("=\"").append(value).append('"');
            }
            start = end + 1;
        }
    }
}
