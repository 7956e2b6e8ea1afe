package nl.policybake.parse.markdown;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;

import nl.policybake.model.Block;
import nl.policybake.parse.actions.BlockOptions;
import nl.policybake.parse.data.DataBlockOptions;

/**
 * Fenced blocks that policybake fills in ({@code ```actielijnen}, {@code ```table}, {@code ```chart}) become a
 * marker in the HTML
 * ({@link Block#marker(int)}); every other fenced block renders as code, as usual.
 */
public final class BlockMarkers {

    static final DataKey<Map<Node, Integer>> INDEX = new DataKey<>("POLICYBAKE_BLOCK_INDEX", Map.of());
    /** The names of the blocks policybake fills in. */
    static final Set<String> NAMES = Set.of(BlockOptions.NAME, DataBlockOptions.TABLE, DataBlockOptions.CHART);

    /** Reads one block; null when it cannot be shown (after reporting why). */
    public interface Reader {
        Block read(String name, Node fence, String text);
    }

    private BlockMarkers() {
    }

    /**
     * Finds the blocks of {@code doc}, reads each with {@code reader} (null when it cannot be used), adds them to
     * {@code blocks} and returns the node-to-index map the renderer needs.
     */
    public static Map<Node, Integer> collect(Document doc, List<Block> blocks, Reader reader) {
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof FencedCodeBlock f && NAMES.contains(f.getInfo().toString().strip())) {
                Block b = reader.read(f.getInfo().toString().strip(), node, f.getContentChars().toString());
                if (b != null) {
                    index.put(node, blocks.size());
                    blocks.add(b);
                }
            }
        }
        doc.set(INDEX, index);
        return index;
    }

    /** Renders a marker for a known block, and anything else as flexmark would. */
    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, Renderer::render));
        }

        private static void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            Integer i = INDEX.get(context.getDocument()).get(node);
            if (i == null) {
                context.delegateRender();
            } else {
                html.line().raw(Block.marker(i)).line();
            }
        }
    }

    /** Registers {@link Renderer}. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new Renderer();
        }
    }
}
