package nl.policybake.parse.markdown;

import java.util.Set;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's tables extension, with a cheap test in front: flexmark sets up its table parser for every document and
 * runs it on every paragraph, but a paragraph without a {@code |} cannot be a table (every row, the separator row
 * included, has one), and is left alone. Every other paragraph goes to flexmark's own parser, so the tables found
 * are the same; rendering is flexmark's.
 */
public final class TableCandidates implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension flexmark = TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        flexmark.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        flexmark.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        flexmark.extend(builder, rendererType);
    }

    /** Runs where flexmark's factory runs; makes flexmark's table parser for a document at its first {@code |}. */
    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor[] parser = new ParagraphPreProcessor[1];
            return (paragraph, blockState) -> {
                if (paragraph.getChars().indexOf('|') < 0) return 0;
                if (parser[0] == null) parser[0] = tables.apply(state);
                return parser[0].preProcessBlock(paragraph, blockState);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
