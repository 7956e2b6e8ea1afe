package nl.policybake.parse.markdown;

import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;

import nl.policybake.model.Block;

/**
 * Writes a parsed body as HTML, byte for byte as flexmark's {@code HtmlRenderer} does with policybake's options (and
 * with the table fix-ups {@code MarkdownRenderer} applies after it), for the nodes policy texts use; {@link InlineHtml}
 * writes the text inside the blocks. flexmark's renderer, which builds its output line by line through a general
 * appendable and attribute providers, took about a quarter of the Java CPU of a clean build. A body with any other node
 * (images, raw HTML, reference links, an undefined footnote) gets {@link Optional#empty()}, and the caller renders it
 * with flexmark. {@code BodyHtmlTest} holds this writer to flexmark's output for every body of the sample site, of a
 * synthetic site and of awkward Markdown.
 *
 * <p>flexmark's line discipline, which this follows: a block starts on a new line and ends one ({@link #line}), never
 * leaving an empty line; inline content is written as it comes.
 */
// about 300 lines, past a helper's 200: every block node's writing shares one line discipline, kept in one place
public final class BodyHtml {

    /** A node this writer does not write; thrown without a stack trace, caught in {@link #write}. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    static final Unsupported UNSUPPORTED = new Unsupported();

    private final StringBuilder out;
    private final InlineHtml inline;
    private final Document doc;
    private final Map<Node, String> headingIds;
    private final Map<Node, Integer> blocks;
    private final ListOptions lists;
    private final boolean wrapTables;

    private BodyHtml(Document doc, Map<Node, String> headingIds, Map<Node, Integer> blocks, boolean wrapTables) {
        this.out = new StringBuilder(doc.getTextLength() + doc.getTextLength() / 4 + 64);
        this.inline = new InlineHtml(out);
        this.doc = doc;
        this.headingIds = headingIds;
        this.blocks = blocks;
        this.lists = ListOptions.get(doc);
        this.wrapTables = wrapTables;
    }

    /**
     * The HTML of {@code doc}, or empty when it holds a node this writer does not write.
     *
     * @param headingIds the id of each heading (a heading without one gets none)
     * @param blocks the index of each fenced block that becomes a {@link Block#marker(int) marker}
     * @param wrapTables whether each table goes into its scrolling box here (no: the caller cleans the HTML first)
     */
    public static Optional<String> write(Document doc, Map<Node, String> headingIds, Map<Node, Integer> blocks,
                                  boolean wrapTables) {
        BodyHtml writer = new BodyHtml(doc, headingIds, blocks, wrapTables);
        // the numbers in the order of first reference, as flexmark's renderer sets them before it starts
        FootnoteExtension.FOOTNOTES.get(doc).resolveFootnoteOrdinals();
        try {
            writer.children(doc);
            writer.footnotes();
        } catch (Unsupported e) {
            return Optional.empty();
        }
        return Optional.of(writer.out.toString());
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    // exact classes, most frequent first: a subclass may render differently, so it is not written here
    private void node(Node n) {
        Class<?> c = n.getClass();
        if (c == Paragraph.class) {
            paragraph((Paragraph) n);
        } else if (c == TableCell.class) {
            cell((TableCell) n);
        } else if (c == Heading.class) {
            heading((Heading) n);
        } else if (c == TableRow.class) {
            line();
            out.append("<tr>");
            children(n);
            out.append("</tr>");
            line();
        } else if (c == BulletListItem.class || c == OrderedListItem.class) {
            listItem((ListItem) n);
        } else if (c == AbbreviationBlock.class || c == Reference.class || c == FootnoteBlock.class
                || c == TableSeparator.class) {
            return; // definitions: rendered where they are used, or at the end
        } else if (!container(n, c)) {
            throw UNSUPPORTED;
        }
    }

    /** The rarer block nodes; false when {@code n} is none of them. */
    private boolean container(Node n, Class<?> c) {
        if (c == BulletList.class) {
            list("<ul>", "</ul>", n);
        } else if (c == OrderedList.class) {
            int start = ((OrderedList) n).getStartNumber();
            boolean shown = lists.isOrderedListManualStart() && start != 1;
            list(shown ? "<ol start=\"" + start + "\">" : "<ol>", "</ol>", n);
        } else if (c == TableBlock.class) {
            table((TableBlock) n);
        } else if (c == TableHead.class) {
            list("<thead>", "</thead>", n);
        } else if (c == TableBody.class) {
            list("<tbody>", "</tbody>", n);
        } else if (c == FencedCodeBlock.class) {
            fenced((FencedCodeBlock) n);
        } else if (c == BlockQuote.class) {
            list("<blockquote>", "</blockquote>", n);
        } else if (c == ThematicBreak.class) {
            line();
            out.append("<hr />");
            line();
        } else if (c == IndentedCodeBlock.class) {
            line();
            out.append("<pre><code>");
            HtmlEscape.text(out, ((IndentedCodeBlock) n).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            out.append("</code></pre>");
            line();
        } else {
            return false;
        }
        return true;
    }

    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        if (p.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(p, lists, doc)) {
            inline.children(p); // a tight list item's text
        } else {
            line();
            out.append("<p>");
            inline.children(p);
            out.append("</p>");
            line();
        }
    }

    private void heading(Heading h) {
        line();
        out.append("<h").append(h.getLevel());
        String id = headingIds.get(h);
        if (id != null) {
            out.append(" id=\"");
            HtmlEscape.attribute(out, id);
            out.append('"');
        }
        out.append('>');
        inline.children(h);
        out.append("</h").append(h.getLevel()).append('>');
        line();
    }

    private void listItem(ListItem item) {
        if (!item.getMarkerSuffix().isEmpty()) throw UNSUPPORTED; // a task list's box
        line();
        out.append("<li>");
        children(item); // blocks: a tight item's paragraph writes its text without <p>
        out.append("</li>");
        line();
    }

    private void cell(TableCell cell) {
        if (cell.getSpan() > 1) throw UNSUPPORTED; // column spans are off, so this is never seen
        String tag = cell.isHeader() ? "th" : "td";
        out.append('<').append(tag);
        if (cell.getAlignment() != null) {
            out.append(switch (cell.getAlignment()) {
                case LEFT -> " align=\"left\"";
                case CENTER -> " align=\"center\"";
                case RIGHT -> " align=\"right\"";
            });
        }
        // a header cell of a Markdown table heads its column, and says so to screen readers
        if (cell.isHeader()) out.append(" scope=\"col\"");
        out.append('>');
        inline.children(cell);
        out.append("</").append(tag).append('>');
    }

    /** flexmark writes a caption after the body; HTML wants it first, where {@code MarkdownRenderer} moved it. */
    private void table(TableBlock table) {
        line();
        if (wrapTables) out.append("<div class=\"table-scroll\" tabindex=\"0\">");
        out.append("<table>");
        TableCaption caption = null;
        for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableCaption c) caption = c;
        }
        if (caption != null) {
            if (caption.getClass() != TableCaption.class) throw UNSUPPORTED;
            out.append("<caption>");
            inline.children(caption);
            out.append("</caption>");
        }
        line();
        for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
            if (n != caption) node(n);
        }
        line();
        out.append(wrapTables ? "</table></div>" : "</table>");
        line();
    }

    private void fenced(FencedCodeBlock code) {
        Integer block = blocks.get(code);
        line();
        if (block != null) {
            out.append(Block.marker(block));
            line();
            return;
        }
        out.append("<pre><code");
        BasedSequence info = code.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            out.append(" class=\"language-");
            HtmlEscape.attribute(out, code.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape());
            out.append('"');
        }
        out.append('>');
        HtmlEscape.text(out, code.getContentChars().normalizeEOL());
        out.append("</code></pre>");
        line();
    }

    /** The footnotes that were referred to, in the order of their first reference, as flexmark lists them. */
    private void footnotes() {
        FootnoteRepository notes = FootnoteExtension.FOOTNOTES.get(doc);
        if (notes.getReferencedFootnoteBlocks().isEmpty()) return;
        line();
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
        for (FootnoteBlock note : notes.getReferencedFootnoteBlocks()) {
            int n = note.getFootnoteOrdinal();
            out.append("<li id=\"fn-").append(n).append("\">\n");
            children(note);
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                line();
                out.append("<a href=\"#fnref-").append(n);
                if (i > 0) out.append('-').append(i);
                out.append("\" class=\"footnote-backref\">&#8617;</a>");
            }
            line();
            out.append("</li>\n");
        }
        out.append("</ol>\n</div>\n");
    }

    /** A block whose children are blocks, each on lines of their own; an empty one on one line. */
    private void list(String open, String close, Node n) {
        line();
        out.append(open);
        int empty = out.length();
        children(n); // each child block starts on a new line
        if (out.length() > empty) line();
        out.append(close);
        line();
    }

    /** Ends the current line, unless nothing is on it. */
    private void line() {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '\n') out.append('\n');
    }
}
