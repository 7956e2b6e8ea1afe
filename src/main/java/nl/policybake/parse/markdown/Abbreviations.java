package nl.policybake.parse.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationRepository;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;

/**
 * flexmark's abbreviation extension ({@code *[ABBR]: text} becomes {@code <abbr title>}) with our own text-node
 * post-processor. flexmark's builds one regular expression of all of a document's abbreviations, each between
 * {@code \b}, and runs it over every text node; that was a third of the whole build. This one looks at each
 * position's character, tries only the abbreviations that start with it (longest first), and checks word
 * boundaries exactly as {@code java.util.regex}'s {@code \b} does, so the AST, and the HTML, are the same.
 * The block parser, the repository and the renderer are flexmark's.
 */
public final class Abbreviations implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension,
        Parser.ReferenceHoldingExtension {

    private final AbbreviationExtension flexmark = AbbreviationExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        flexmark.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AbbreviationBlockParser.Factory());
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        flexmark.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        flexmark.extend(builder, rendererType);
    }

    @Override
    public boolean transferReferences(MutableDataHolder document, DataHolder included) {
        return flexmark.transferReferences(document, included);
    }

    /** Runs after autolinking, on text outside code, links and abbreviations, as flexmark's own post-processor does. */
    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(LinkCandidates.Factory.class);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document doc) {
                    Marker marker = new Marker(AbbreviationExtension.ABBREVIATIONS.get(doc));
                    if (marker.isEmpty()) return doc;
                    for (Text text : TextNodes.decoratable(doc)) marker.process(text);
                    return doc;
                }
            };
        }
    }

    /** Splits text nodes around the abbreviations of one document. */
    private static final class Marker {
        /** Abbreviations by first character, longest first; empty when the document defines none. */
        private final Map<Character, List<String>> byFirst = new HashMap<>();
        private final Map<String, BasedSequence> titles = new HashMap<>();
        /** The first characters of {@link #byFirst} below 128 as bits: most characters of a text are ruled out here. */
        private final long[] asciiFirst = new long[2];

        Marker(AbbreviationRepository repository) {
            for (String abbr : repository.keySet()) {
                AbbreviationBlock block = repository.get(abbr);
                if (abbr.isEmpty() || block == null || block.getAbbreviation().isEmpty()) continue;
                titles.put(abbr, block.getAbbreviation());
                byFirst.computeIfAbsent(abbr.charAt(0), c -> new ArrayList<>()).add(abbr);
                char c = abbr.charAt(0);
                if (c < 128) asciiFirst[c >> 6] |= 1L << (c & 63);
            }
            // at one position the regex's alternatives, in reverse alphabetical order, let the longest match win
            byFirst.values().forEach(l -> l.sort(Comparator.reverseOrder()));
        }

        boolean isEmpty() {
            return titles.isEmpty();
        }

        void process(Node node) {
            BasedSequence original = node.getChars();
            // most text has no escapes or entities: its literal text is the source's, offset for offset
            ReplacedTextMapper mapper = HtmlEscape.isPlain(original) ? null : new ReplacedTextMapper(original);
            String text = mapper == null ? HtmlEscape.string(original)
                    : Escaping.unescape(original, mapper).toString();
            TextBase base = node.getParent() instanceof TextBase t ? t : null;
            int done = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128 && (asciiFirst[c >> 6] & (1L << (c & 63))) == 0) continue;
                String abbr = match(text, i);
                if (abbr == null) continue;
                int start = mapper == null ? i : mapper.originalOffset(i);
                int end = mapper == null ? i + abbr.length() : mapper.originalOffset(i + abbr.length());
                if (base == null) {
                    base = new TextBase(original);
                    node.insertBefore(base);
                }
                if (start != done) append(base, new Text(original.subSequence(done, start)));
                append(base, new Abbreviation(original.subSequence(start, end), titles.get(abbr)));
                done = end;
                i += abbr.length() - 1;
            }
            if (done > 0) {
                if (done != original.length()) append(base, new Text(original.subSequence(done)));
                node.unlink();
            }
        }

        private static void append(TextBase base, Node child) {
            base.appendChild(child);
        }

        /** The abbreviation that {@code \b(?:...)\b} would find at {@code i}, or null. */
        private String match(String text, int i) {
            List<String> candidates = byFirst.get(text.charAt(i));
            if (candidates == null) return null;
            for (String abbr : candidates) {
                int end = i + abbr.length();
                if (!text.startsWith(abbr, i)) continue;
                if (Character.isLetterOrDigit(abbr.charAt(0)) && i > 0 && isWordBefore(text, i)) continue;
                if (Character.isLetterOrDigit(abbr.charAt(abbr.length() - 1)) && end < text.length()
                        && isWordAt(text, end)) continue;
                return abbr;
            }
            return null;
        }

        // java.util.regex's \b: a letter, digit or '_', or a non-spacing mark that follows one, is a word character

        private static boolean isWordBefore(String text, int i) {
            int ch = text.codePointBefore(i);
            return isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, i - 1);
        }

        private static boolean isWordAt(String text, int i) {
            int ch = text.codePointAt(i);
            return isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, i);
        }

        private static boolean isWord(int ch) {
            return ch == '_' || Character.isLetterOrDigit(ch);
        }

        private static boolean hasBase(String text, int i) {
            for (int x = i; x >= 0; x--) {
                int ch = text.codePointAt(x);
                if (Character.isLetterOrDigit(ch)) return true;
                if (Character.getType(ch) != Character.NON_SPACING_MARK) return false;
            }
            return false;
        }
    }
}
