package nl.policybake.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print transform as it was done until session 4, on a jsoup tree: kept as the oracle that {@link PrintBody}'s
 * scanner is checked against (the same tree after parsing, for every body of the sample and synthetic sites).
 *
 * <p>Prepares a document's HTML for the print page, where several documents share one page: headings move one
 * level down (the document title becomes an {@code h2}), and ids and in-page links get the document's slug in
 * front so that footnotes and headings of different documents do not collide.
 */
final class PrintBodyOracle {

    private PrintBodyOracle() {
    }

    static String of(String html, String prefix) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element h : doc.body().select("h1, h2, h3, h4, h5")) {
            int level = h.tagName().charAt(1) - '0';
            h.tagName("h" + Math.min(6, level + 1));
        }
        for (Element e : doc.body().select("[id]")) {
            // charts carry ids that are unique already, and their SVG refers to them internally
            if (e.closest("svg") == null && !e.id().startsWith("chart-")) e.attr("id", prefix + "-" + e.id());
        }
        for (Element a : doc.body().select("a[href^=#]")) {
            if (!a.attr("href").startsWith("#chart-")) a.attr("href", "#" + prefix + "-" + a.attr("href").substring(1));
        }
        return doc.body().html();
    }
}
