package nl.policybake.render.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the {@code style} attributes JFreeSVG writes into SVG presentation attributes ({@code fill="..."}), so an
 * inline chart draws the same under a Content-Security-Policy without {@code 'unsafe-inline'} for styles, which
 * blocks every {@code style} attribute. Every property JFreeSVG writes is also a presentation attribute. Also drops
 * JFreeSVG's {@code xmlns:jfreesvg} declaration, which the HTML syntax does not allow on inline SVG.
 */
final class SvgStyles {

    private static final Pattern STYLE = Pattern.compile(" style=(\"([^\"]*)\"|'([^']*)')");
    // JFreeSVG declares its own namespace, which HTML does not allow on an inline svg and nothing here uses
    private static final Pattern JFREESVG_NS = Pattern.compile(" xmlns:jfreesvg=(\"[^\"]*\"|'[^']*')");

    private SvgStyles() {
    }

    /** {@code svg} with each {@code style="a: b; c: d"} replaced by {@code a="b" c="d"}. */
    static String toAttributes(String svg) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        while (m.find()) {
            String declarations = m.group(2) != null ? m.group(2) : m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(attributes(declarations)));
        }
        m.appendTail(sb);
        return JFREESVG_NS.matcher(sb).replaceFirst("");
    }

    private static String attributes(String declarations) {
        StringBuilder sb = new StringBuilder();
        for (String d : declarations.split(";")) {
            int colon = d.indexOf(':');
            if (colon < 0) continue; // the empty piece after a closing ';'
            String name = d.substring(0, colon).strip();
            String value = d.substring(colon + 1).strip().replace("&", "&amp;").replace("\"", "&quot;");
            sb.append(' ').append(name).append("=\"").append(value).append('"');
        }
        return sb.toString();
    }
}
