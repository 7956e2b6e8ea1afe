package nl.policybake.post.check;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what the page's Content-Security-Policy would block: inline scripts, event-handler attributes,
 * {@code javascript:} URLs, {@code <style>} elements and {@code style} attributes, and scripts, styles, images,
 * frames, objects, media and form targets from sources the policy does not list.
 */
final class CspScanner {

    /** Elements that load something, the attribute naming it, and the directive that governs it. */
    private static final String[][] LOADS = {
        {"script[src]", "src", "script-src-elem"},
        {"link[rel~=(?i)stylesheet][href]", "href", "style-src-elem"},
        {"img[src]", "src", "img-src"},
        {"link[rel~=(?i)icon][href]", "href", "img-src"},
        {"iframe[src], frame[src]", "src", "frame-src"},
        {"object[data]", "data", "object-src"},
        {"embed[src]", "src", "object-src"},
        {"video[src], audio[src], source[src], track[src]", "src", "media-src"},
        {"form[action]", "action", "form-action"},
        {"base[href]", "href", "base-uri"},
    };

    private CspScanner() {
    }

    /** The policy {@code doc} declares in a meta element, or null. */
    static ContentSecurityPolicy declared(Document doc) {
        Element meta = doc.selectFirst("meta[http-equiv~=(?i)^content-security-policy$][content]");
        return meta == null ? null : ContentSecurityPolicy.parse(meta.attr("content"));
    }

    static void scan(Document doc, ContentSecurityPolicy csp, List<Finding> out) {
        for (Element s : doc.select("script:not([src])")) {
            String type = s.attr("type").toLowerCase(Locale.ROOT);
            boolean code = type.isEmpty() || type.equals("module") || type.contains("javascript");
            if (code && !s.data().isBlank() && !csp.allowsInline("script-src-elem", s.attr("nonce"))) {
                out.add(Finding.of("check.cspScript", csp.text()).in("<script").inTemplate("<script>", "<script"));
            }
        }
        for (Element s : doc.select("style")) {
            if (!csp.allowsInline("style-src-elem", s.attr("nonce"))) {
                out.add(Finding.of("check.cspStyle", csp.text()).in("<style").inTemplate("<style"));
            }
        }
        for (Element e : doc.getAllElements()) attributes(e, csp, out);
        for (String[] load : LOADS) {
            for (Element e : doc.select(load[0])) {
                String url = e.attr(load[1]);
                if (!url.isEmpty() && !url.regionMatches(true, 0, "javascript:", 0, 11)
                        && !csp.allowsUrl(load[2], url, "")) {
                    out.add(Finding.of("check.cspSource", e.tagName(), url, load[2]).in(url).inTemplate(url));
                }
            }
        }
    }

    private static void attributes(Element e, ContentSecurityPolicy csp, List<Finding> out) {
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("on") && !csp.allowsInline("script-src-attr", "")) {
                out.add(Finding.of("check.cspHandler", e.tagName(), name).in(name + "=").inTemplate(name + "="));
            } else if (name.equals("style") && !csp.allowsInline("style-src-attr", "")) {
                out.add(Finding.of("check.cspStyleAttribute", e.tagName(), a.getValue()).in("style=")
                        .inTemplate("style=\"" + a.getValue(), "style="));
            } else if (a.getValue().strip().regionMatches(true, 0, "javascript:", 0, 11)
                    && !csp.allowsInline("script-src-elem", "")) {
                out.add(Finding.of("check.cspJavascriptUrl", e.tagName(), a.getValue()).in("javascript:")
                        .inTemplate("javascript:"));
            }
        }
    }
}
