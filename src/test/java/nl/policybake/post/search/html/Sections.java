package nl.policybake.post.search.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The passage splitting of the index before {@link Passages} (commit 1d4fb23): a jsoup DOM walk, kept as the oracle
 * that the scanner gives the same passages.
 */
public final class Sections {

    static final int MAX = 1200;

    /** One passage: the id of its heading (empty for the top of the page), the heading and the whole text. */
    public record Section(String anchor, String heading, String text) {

        /** The text as far as a result's snippet needs it. */
        String snippetText() {
            if (text.length() <= MAX) return text;
            int cut = text.lastIndexOf(' ', MAX);
            return text.substring(0, cut < MAX / 2 ? MAX : cut);
        }
    }

    private Sections() {
    }

    public static List<Section> of(String html) {
        Document doc = Jsoup.parse(html);
        Element main = doc.selectFirst("main");
        if (main == null) return List.of();
        main.select("nav, .breadcrumbs, .toc, .filters, .filter-count, script, svg, .period-bar, .draft-marker, "
                + "h1, .doc-type, .print-hint, details.chart-data, .chart-description").remove();
        List<Section> sections = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] current = {"", ""};
        main.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && (e.is("h2") || e.is("h3")) && !e.id().isEmpty()) {
                    flush(sections, current, text);
                    current[0] = e.id();
                    current[1] = e.text();
                } else if (node instanceof TextNode t && !(t.parent() instanceof Element p && (p.is("h2") || p.is("h3")))) {
                    text.append(t.text()).append(' ');
                } else if (node instanceof Element e && e.isBlock()) {
                    text.append(' ');
                }
            }
        });
        flush(sections, current, text);
        return sections;
    }

    private static void flush(List<Section> sections, String[] current, StringBuilder text) {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        text.setLength(0);
        if (t.isEmpty() && current[1].isEmpty()) return;
        sections.add(new Section(current[0], current[1], t));
    }
}
