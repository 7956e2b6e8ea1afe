package nl.policybake.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Block;
import nl.policybake.model.Body;
import nl.policybake.model.TocEntry;
import nl.policybake.parse.actions.BlockOptions;
import nl.policybake.parse.markdown.Abbreviations;
import nl.policybake.parse.markdown.BlockMarkers;
import nl.policybake.parse.markdown.BodyHtml;
import nl.policybake.parse.markdown.LinkCandidates;
import nl.policybake.parse.markdown.RawHtmlCleaner;
import nl.policybake.parse.markdown.TableCandidates;

/**
 * Markdown to HTML with flexmark, configured once for policy texts: GFM tables with captions, footnotes,
 * abbreviations as {@code <abbr title>}, typographic quotes and dashes, bare URLs as links. Headings get portable
 * ids and make the table of contents; links to other source files become page URLs, and links that lead nowhere
 * are reported with their line. Raw HTML is escaped, or cleaned with a jsoup safelist when the site allows it.
 * Thread-safe: the parser and renderer are immutable and shared.
 */
final class MarkdownRenderer {

    private static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("POLICYBAKE_HEADING_IDS", Map.of());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean sanitize;
    private final Writer writer;

    /** Who writes a body's HTML: {@link BodyHtml} where it can, else flexmark; or one of them for the tests. */
    enum Writer { BODY_HTML_OR_FLEXMARK, BODY_HTML_ONLY, FLEXMARK_ONLY }

    MarkdownRenderer(SiteConfig.RawHtmlPolicy policy) {
        this(policy, Writer.BODY_HTML_OR_FLEXMARK);
    }

    MarkdownRenderer(SiteConfig.RawHtmlPolicy policy, Writer writer) {
        MutableDataSet options = new MutableDataSet()
                // TableCandidates, Abbreviations, LinkCandidates: flexmark's extensions with cheaper tests in front
                .set(Parser.EXTENSIONS, List.of(new TableCandidates(), FootnoteExtension.create(),
                        new Abbreviations(), TypographicExtension.create(), new LinkCandidates()))
                .set(TablesExtension.WITH_CAPTION, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.ESCAPE_HTML, policy == SiteConfig.RawHtmlPolicy.ESCAPE);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new HeadingIds())
                .nodeRendererFactory(new BlockMarkers.Factory()).build();
        this.sanitize = policy == SiteConfig.RawHtmlPolicy.SANITIZE;
        this.writer = writer;
    }

    /**
     * Renders {@code markdown}, which starts on line {@code firstLine} of {@code path}. Links are checked against
     * {@code targets}; problems go to {@code diags}.
     *
     * @param scope what the blocks of this file may use: the period's action lines and data files
     */
    Body render(String path, String markdown, int firstLine, LinkTargets targets, BlockScope scope,
                Diagnostics diags) {
        // private-use U+E000 marks blocks in the HTML; no text may bring its own
        Document doc = parser.parse(markdown.indexOf('\uE000') < 0 ? markdown : markdown.replace('\uE000', '\uFFFD'));
        Map<Node, String> ids = new IdentityHashMap<>();
        List<TocEntry> toc = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h) {
                String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                String id = unique(Slugs.of(text, "kop"), used);
                ids.put(h, id);
                if (h.getLevel() == 1) diags.warning(SourcePos.of(path, firstLine + h.getLineNumber()), "md.h1", text);
                if (h.getLevel() >= 2 && h.getLevel() <= 4) toc.add(new TocEntry(h.getLevel(), id, text));
            }
        }
        for (Node node : doc.getDescendants()) {
            if (node instanceof Link link) resolve(path, link, firstLine, targets, used, diags);
        }
        doc.set(HEADING_IDS, ids);
        List<Block> blocks = new ArrayList<>();
        Map<Node, Integer> markers = BlockMarkers.collect(doc, blocks, (name, node, text) -> {
            int line = firstLine + node.getLineNumber() + 1;
            if (!name.equals(BlockOptions.NAME)) return scope.data().read(name, path, line, text, scope.datasets());
            if (scope.actionIds().isEmpty()) {
                diags.error(SourcePos.of(path, line - 1), "block.outsidePeriod", BlockOptions.NAME);
                return null;
            }
            return BlockOptions.read(path, line, text, scope.actionIds().get(), diags);
        });
        return new Body(html(doc, ids, markers), List.copyOf(toc), List.copyOf(blocks));
    }

    /** {@link BodyHtml}'s HTML where it writes the body, flexmark's with the same fix-ups where it does not. */
    private String html(Document doc, Map<Node, String> ids, Map<Node, Integer> markers) {
        Optional<String> own = writer == Writer.FLEXMARK_ONLY ? Optional.empty()
                : BodyHtml.write(doc, ids, markers, !sanitize);
        if (own.isEmpty() && writer == Writer.BODY_HTML_ONLY) throw new IllegalStateException("BodyHtml fell back");
        if (own.isPresent() && !sanitize) return own.get();
        String html = own.orElseGet(() -> captionFirst(renderer.render(doc)));
        if (sanitize) html = RawHtmlCleaner.clean(html);
        // wide tables scroll in their own box on a phone; tabindex lets keyboard users scroll it
        return html.replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>")
                .replace("</table>", "</table></div>");
    }

    private static void resolve(String path, Link link, int firstLine, LinkTargets targets, Set<String> ids,
                                Diagnostics diags) {
        String url = link.getUrl().toString();
        if (url.isEmpty() || isExternal(url)) return;
        SourcePos pos = SourcePos.of(path, firstLine + link.getLineNumber());
        if (url.startsWith("#")) {
            boolean footnote = url.startsWith("#fn-") || url.startsWith("#fnref-");
            if (!footnote && !ids.contains(url.substring(1))) diags.error(pos, "md.badAnchor", url);
            return;
        }
        Optional<String> resolved = targets.resolve(path, url);
        if (resolved.isPresent()) {
            link.setUrl(BasedSequence.of(resolved.get()));
        } else if (targets.isDraft(path, url)) {
            diags.error(pos, "md.draftLink", url);
        } else {
            diags.error(pos, "md.badLink", url);
        }
    }

    private static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    /** flexmark writes a table's caption after its body; HTML wants it as the table's first child. */
    static String captionFirst(String html) {
        if (!html.contains("<caption>")) return html; // most bodies: the pattern's search of the whole text is not free
        return CAPTION_LAST.matcher(html).replaceAll("<table>$2$1</table>");
    }

    private static final java.util.regex.Pattern CAPTION_LAST = java.util.regex.Pattern.compile(
            "(?s)<table>((?:(?!</?table[ >]).)*?)(<caption>(?:(?!</caption>).)*</caption>)\\s*</table>");

    /** Puts the ids computed in {@link #render} on the headings, and {@code scope} on table header cells. */
    private static final class HeadingIds extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            Map<Node, String> ids = HEADING_IDS.get(context.getDocument());
            return (node, part, attributes) -> {
                if (part == AttributablePart.NODE && node instanceof Heading && ids.containsKey(node)) {
                    attributes.replaceValue("id", ids.get(node));
                }
                // a header cell of a Markdown table heads its column, and says so to screen readers
                if (part == AttributablePart.NODE && node instanceof TableCell cell && cell.isHeader()) {
                    attributes.replaceValue("scope", "col");
                }
            };
        }
    }
}
