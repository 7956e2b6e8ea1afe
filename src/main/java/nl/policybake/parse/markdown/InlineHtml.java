package nl.policybake.parse.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The inline half of {@link BodyHtml}: the text of a paragraph, heading or table cell, with its abbreviations, links,
 * emphasis, code, footnote references and typographic quotes, as flexmark's renderer writes them. Any other inline
 * node throws {@link BodyHtml.Unsupported}.
 */
final class InlineHtml {

    private final StringBuilder out;

    InlineHtml(StringBuilder out) {
        this.out = out;
    }

    /** Writes the children of {@code parent}, all inline nodes. */
    void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    // exact classes, most frequent first: a subclass may render differently, so it is not written here
    private void node(Node n) {
        Class<?> c = n.getClass();
        if (c == Text.class) {
            text(n.getChars());
        } else if (c == TextBase.class) {
            children(n);
        } else if (c == Abbreviation.class) {
            Abbreviation a = (Abbreviation) n;
            out.append("<abbr title=\"");
            HtmlEscape.attribute(out, a.getAbbreviation());
            out.append("\">");
            text(a.getChars());
            out.append("</abbr>");
        } else if (c == TypographicSmarts.class) {
            out.append(((TypographicSmarts) n).getTypographicText());
        } else if (c == TypographicQuotes.class) {
            TypographicQuotes q = (TypographicQuotes) n;
            if (q.getTypographicOpening() != null) out.append(q.getTypographicOpening());
            children(n);
            if (q.getTypographicClosing() != null) out.append(q.getTypographicClosing());
        } else if (c == Footnote.class) {
            footnote((Footnote) n);
        } else if (c == Link.class) {
            link((Link) n);
        } else if (!rare(n, c)) {
            throw BodyHtml.UNSUPPORTED;
        }
    }

    /** The rarer inline nodes; false when {@code n} is none of them. */
    private boolean rare(Node n, Class<?> c) {
        if (c == SoftLineBreak.class) {
            out.append('\n');
        } else if (c == HardLineBreak.class) {
            out.append("<br />\n");
        } else if (c == Emphasis.class) {
            wrap("em", n);
        } else if (c == StrongEmphasis.class) {
            wrap("strong", n);
        } else if (c == Code.class) {
            out.append("<code>");
            HtmlEscape.text(out, Escaping.collapseWhitespace(((Code) n).getText(), true));
            out.append("</code>");
        } else if (c == AutoLink.class) {
            String text = ((AutoLink) n).getText().toString();
            link(text.startsWith("www.") ? "http://" + text : text, text);
        } else if (c == MailLink.class) {
            String text = ((MailLink) n).getText().unescape();
            link("mailto:" + text, text);
        } else if (c == HtmlEntity.class) {
            HtmlEscape.text(out, n.getChars().unescape());
        } else {
            return false;
        }
        return true;
    }

    private void link(Link link) {
        out.append("<a href=\"");
        HtmlEscape.attribute(out, unescape(link.getUrl()));
        out.append('"');
        if (link.getTitle().isNotNull()) {
            out.append(" title=\"");
            HtmlEscape.attribute(out, link.getTitle().unescape());
            out.append('"');
        }
        out.append('>');
        children(link);
        out.append("</a>");
    }

    /** A link flexmark found in the text: its URL and its text as written. */
    private void link(String url, String text) {
        out.append("<a href=\"");
        HtmlEscape.attribute(out, url);
        out.append("\">");
        HtmlEscape.text(out, text);
        out.append("</a>");
    }

    private void footnote(Footnote ref) {
        FootnoteBlock note = ref.getFootnoteBlock();
        if (note == null) throw BodyHtml.UNSUPPORTED; // flexmark writes an undefined one back as text
        int n = note.getFootnoteOrdinal();
        out.append("<sup id=\"fnref-").append(n);
        if (ref.getReferenceOrdinal() != 0) out.append('-').append(ref.getReferenceOrdinal());
        out.append("\"><a class=\"footnote-ref\" href=\"#fn-").append(n).append("\">").append(n).append("</a></sup>");
    }

    private void wrap(String tag, Node n) {
        out.append('<').append(tag).append('>');
        children(n);
        out.append("</").append(tag).append('>');
    }

    /** Text as flexmark writes it: escapes and entities resolved, line ends made {@code \n}, then escaped. */
    private void text(BasedSequence chars) {
        HtmlEscape.text(out, unescape(chars));
    }

    /** flexmark's {@code unescape} and {@code normalizeEOL}, without their cost for text that has nothing to do. */
    private static CharSequence unescape(BasedSequence chars) {
        return HtmlEscape.isPlain(chars) ? chars : Escaping.normalizeEOL(chars.unescape());
    }
}
