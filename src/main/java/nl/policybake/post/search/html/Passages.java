package nl.policybake.post.search.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits the main content of a rendered page into passages at its {@code h2} and {@code h3} headings that have an
 * id, so that a search result can lead to the passage, not only the page. Navigation, the table of contents,
 * filters, chart SVGs, the breadcrumbs and the page's {@code h1} are left out.
 *
 * <p>A scanner over the page's UTF-8 bytes, made for the HTML our templates write: it gives what a jsoup DOM walk
 * gave (each text node's normalised text and a space, a space at each block element, the text of a text node whose
 * parent is a heading left to the heading alone), without building the DOM. It does not repair HTML the way a
 * browser does (no implied end tags besides a heading closed by a heading; {@code <x/>} is always empty), which our
 * templates and Markdown renderer never need; {@code SearchIndexIT} holds it to jsoup's answer on every built page.
 */
public final class Passages {

    /** The elements jsoup counts as blocks (jsoup 1.18's {@code Tag.isBlock}). */
    private static final Set<String> BLOCK = Set.of("address", "applet", "article", "aside", "audio", "blockquote",
            "body", "button", "canvas", "caption", "center", "col", "colgroup", "dd", "del", "details", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "ins", "li", "link", "listing", "main",
            "marquee", "menu", "meta", "nav", "noframes", "noscript", "ol", "p", "plaintext", "pre", "script",
            "section", "style", "table", "tbody", "td", "template", "tfoot", "th", "thead", "title", "tr", "ul",
            "video");
    /** Elements without content. */
    private static final Set<String> VOID = Set.of("area", "base", "basefont", "bgsound", "br", "col", "command",
            "embed", "frame", "hr", "img", "input", "keygen", "link", "menuitem", "meta", "param", "source", "track",
            "wbr");
    /** Elements whose content is text, not markup, but a text node all the same. */
    private static final Set<String> ESCAPABLE_RAW = Set.of("title", "textarea");
    private static final Set<String> LEFT_OUT = Set.of("nav", "script", "svg", "h1");
    private static final Set<String> LEFT_OUT_CLASSES = Set.of("breadcrumbs", "toc", "filters", "filter-count",
            "period-bar", "draft-marker", "doc-type", "print-hint", "chart-description");

    private final Tags tags;
    private final List<Passage> passages = new ArrayList<>();
    /** The passage's text, collapsed as it grows ({@link Chars#appendCollapsing}). */
    private final Chars text = new Chars();
    /** The open heading's text, as {@code Element.text()} gives it. */
    private final StringBuilder heading = new StringBuilder();
    private final Chars node = new Chars();
    private String anchor = "";
    private String headingText = "";
    private String[] open = new String[32];
    private int depth;
    /** Where in {@link #open} the heading that starts the passage is, or -1 when it is closed. */
    private int headingAt = -1;

    private Passages(byte[] html) {
        this.tags = new Tags(html);
    }

    /** The passages of the page's first {@code main} element, in order; none without one. */
    public static List<Passage> of(byte[] html) {
        return new Passages(html).split();
    }

    private List<Passage> split() {
        if (!tags.seek("main")) return List.of();
        push("main");
        while (depth > 0) {
            int from = tags.at();
            int kind = tags.next();
            if (tags.textEnd() > from) text(from, tags.textEnd());
            if (kind == Tags.END_OF_INPUT) break;
            if (kind == Tags.START) start();
            else if (kind == Tags.END) end(tags.name());
        }
        if (headingAt >= 0) closeHeading();
        flush();
        return passages;
    }

    private void start() {
        String name = tags.name();
        if (LEFT_OUT.contains(name) || hasLeftOutClass(name)) {
            if (!tags.selfClosing() && !VOID.contains(name)) tags.skipElement(name, Tags.RAW.contains(name));
            return;
        }
        if (isHeading(name) && depth > 0 && isHeading(open[depth - 1])) end(open[depth - 1]);
        if ((name.equals("h2") || name.equals("h3")) && !tags.id().isEmpty()) {
            if (headingAt >= 0) closeHeading();
            flush();
            anchor = tags.id();
            headingText = "";
            heading.setLength(0);
            headingAt = depth;
        } else {
            if (BLOCK.contains(name)) text.appendCollapsing(' ');
            boolean breaks = BLOCK.contains(name) || name.equals("br");
            if (headingAt >= 0 && breaks && heading.length() > 0 && !endsWithSpace(heading)) heading.append(' ');
        }
        if (tags.selfClosing() || VOID.contains(name)) return;
        push(name);
        if (Tags.RAW.contains(name)) {
            tags.skipRaw(name);
        } else if (ESCAPABLE_RAW.contains(name)) {
            int from = tags.at();
            tags.skipRaw(name);
            if (tags.at() > from) text(from, tags.at());
        }
    }

    private void end(String name) {
        int i = depth - 1;
        while (i >= 0 && !open[i].equals(name)) i--;
        if (i < 0) return;
        if (headingAt >= 0 && i <= headingAt) {
            closeHeading();
        } else if (headingAt >= 0 && BLOCK.contains(name) && heading.length() > 0 && !endsWithSpace(heading)) {
            heading.append(' ');
        }
        Arrays.fill(open, i, depth, null);
        depth = i;
    }

    private void text(int from, int to) {
        node.setLength(0);
        HtmlText.decode(tags.bytes(), from, to, node);
        String parent = open[depth - 1];
        if (!parent.equals("h2") && !parent.equals("h3")) {
            text.appendCollapsing(node);
            text.appendCollapsing(' ');
        }
        if (headingAt >= 0) HtmlText.appendNormalised(heading, node, endsWithSpace(heading));
    }

    private void closeHeading() {
        headingText = heading.toString().trim();
        headingAt = -1;
    }

    private void flush() {
        String t = text.toString().strip();
        text.setLength(0);
        if (t.isEmpty() && headingText.isEmpty()) return;
        passages.add(new Passage(anchor, headingText, t));
    }

    private boolean hasLeftOutClass(String name) {
        String classes = tags.classes();
        if (classes.isEmpty()) return false;
        for (String c : classes.split("[ \t\n\f\r]+")) {
            String lower = c.toLowerCase(java.util.Locale.ROOT);
            if (LEFT_OUT_CLASSES.contains(lower) || name.equals("details") && lower.equals("chart-data")) return true;
        }
        return false;
    }

    private void push(String name) {
        if (depth == open.length) open = Arrays.copyOf(open, depth * 2);
        open[depth++] = name;
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
    }
}
