package nl.policybake.post.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The accessibility checks of one page that need no other page: unique ids, the page language, heading levels,
 * text alternatives of images and charts, table captions and header cells, and statuses that are more than a colour.
 */
final class PageScanner {

    private static final Set<String> SCOPES = Set.of("col", "row", "colgroup", "rowgroup");

    private PageScanner() {
    }

    /** The ids of {@code doc}, adding a finding to {@code out} for each repeated one. */
    static Set<String> ids(Document doc, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!seen.add(e.id())) out.add(Finding.of("check.duplicateId", e.id()).inTemplate("id=\"" + e.id() + "\""));
        }
        return seen;
    }

    static void scan(Document doc, List<Finding> out) {
        Element html = doc.selectFirst("html");
        if (html == null || html.attr("lang").isBlank()) out.add(Finding.of("check.noLang").inTemplate("<html"));
        headings(doc, out);
        images(doc, out);
        tables(doc, out);
        for (Element s : doc.select(".status, .status-badge")) {
            Element words = s.clone();
            words.select("[aria-hidden=true]").remove();
            if (words.text().isBlank()) {
                out.add(Finding.of("check.colourOnly", s.className()).inTemplate("class=\"status"));
            }
        }
    }

    private static void headings(Document doc, List<Finding> out) {
        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                out.add(Finding.of("check.headingSkip", h.tagName(), "h" + previous, h.text()).in("# " + h.text())
                        .inTemplate("<" + h.tagName()));
            }
            previous = level;
        }
    }

    private static void images(Document doc, List<Finding> out) {
        for (Element img : doc.select("img:not([alt])")) {
            String src = img.attr("src");
            Finding f = Finding.of("check.noAlt", src);
            out.add(src.isBlank() ? f.inTemplate("<img") : f.in("](" + src, fileName(src)).inTemplate("<img"));
        }
        for (Element img : doc.select("img")) {
            if (img.attr("src").isBlank()) out.add(Finding.of("check.noSrc", img.attr("alt")).in(img.attr("alt")));
        }
        for (Element e : doc.select("[role=img]")) {
            if (!hasName(doc, e)) {
                String name = e.id().isEmpty() ? e.tagName() : e.tagName() + "#" + e.id();
                out.add(Finding.of("check.noAlt", name).inTemplate("role=\"img\""));
            }
        }
    }

    /** Whether {@code e} has an accessible name: aria-label, aria-labelledby with text, or an SVG title. */
    private static boolean hasName(Document doc, Element e) {
        if (!e.attr("aria-label").isBlank()) return true;
        for (String id : e.attr("aria-labelledby").trim().split("\\s+")) {
            Element label = id.isEmpty() ? null : doc.getElementById(id);
            if (label != null && !label.text().isBlank()) return true;
        }
        Element title = e.tagName().equals("svg") ? e.selectFirst("> title") : null;
        return title != null && !title.text().isBlank();
    }

    private static void tables(Document doc, List<Finding> out) {
        for (Element table : doc.select("table:not([role=presentation]):not([role=none])")) {
            Element first = table.selectFirst("th, td");
            String cell = first == null ? "" : first.text();
            Element caption = table.selectFirst("> caption");
            if (caption == null || caption.text().isBlank()) {
                String shown = table.text().length() > 40 ? table.text().substring(0, 40) + "..." : table.text();
                out.add(Finding.of("check.noCaption", shown).in("|" + cell));
            }
            if (table.selectFirst("th") == null) {
                out.add(Finding.of("check.noHeaders", cell).in("|" + cell));
            }
            for (Element th : table.select("th")) {
                if (!SCOPES.contains(th.attr("scope"))) {
                    out.add(Finding.of("check.noScope", th.text()).in("|" + th.text()).inTemplate("<th>", "<th "));
                }
            }
        }
    }

    static String fileName(String url) {
        String s = url.replaceAll("[?#].*$", "");
        if (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
