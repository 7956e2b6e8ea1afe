package nl.policybake.parse.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become links), with a cheap
 * test in front: flexmark runs a link scanner and a regular expression over every text node, but a text without a
 * {@code :}, an {@code @}, a {@code www} or an entity ({@code &}) cannot hold a link, and is left alone. Every other
 * text node goes to flexmark's own post-processor, so the links found are the same.
 */
public final class LinkCandidates implements Parser.ParserExtension {

    private final AutolinkExtension flexmark = AutolinkExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        flexmark.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Hands flexmark's post-processor the text nodes it would be given, in the same order. */
    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document doc) {
                    AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(doc);
                    for (Text text : TextNodes.all(doc)) {
                        // a node joined to the one before it is out of the document by now
                        if (text.getParent() != null && mayHoldLink(text)) links.process(TextNodes.UNTRACKED, text);
                    }
                    return doc;
                }
            };
        }
    }

    /**
     * False only when neither the node nor the text and typographic nodes that follow it (which flexmark's
     * post-processor may join to it) contain a character a link needs.
     */
    static boolean mayHoldLink(Node node) {
        for (Node n = node; n instanceof Text || n instanceof TypographicText; n = n.getNext()) {
            if (hasTrigger(n.getChars())) return true;
        }
        return false;
    }

    private static boolean hasTrigger(BasedSequence chars) {
        // a text node is most often a stretch of the source: read the String itself, not through the sequence
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return hasTrigger(source, chars.getStartOffset(), chars.getEndOffset());
        }
        return hasTrigger(chars, 0, chars.length());
    }

    private static boolean hasTrigger(CharSequence chars, int from, int to) {
        int ws = 0;
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '&') return true;
            ws = c == 'w' || c == 'W' ? ws + 1 : 0;
            if (ws == 3) return true;
        }
        return false;
    }
}
