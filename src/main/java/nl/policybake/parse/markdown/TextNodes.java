package nl.policybake.parse.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * The text nodes our post-processors work on, found by one walk of the document. flexmark hands text nodes to a
 * node post-processor only after classifying every node of the document and tracking each node the processors add
 * (a twentieth of a build's parsing); ours run once per document and take their nodes from here, in the order
 * flexmark's classifier would give them (document order, nodes of the class {@code Text} only, not its subclasses).
 */
final class TextNodes {

    /** For flexmark code that reports the nodes it adds and removes: nothing here reads those reports. */
    static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    private TextNodes() {
    }

    /** Every text node of {@code document}, in document order. */
    static List<Text> all(Document document) {
        return collect(document, false);
    }

    /** The text nodes of {@code document} outside code, links and other nodes that must not be decorated. */
    static List<Text> decoratable(Document document) {
        return collect(document, true);
    }

    private static List<Text> collect(Document document, boolean decoratableOnly) {
        List<Text> texts = new ArrayList<>();
        Node node = document.getFirstChild();
        while (node != null) {
            boolean skip = decoratableOnly && (node instanceof DoNotDecorate || node instanceof DoNotLinkDecorate);
            if (!skip && node.getClass() == Text.class) texts.add((Text) node);
            Node next = skip ? null : node.getFirstChild();
            while (next == null && node != document) {
                next = node.getNext();
                if (next == null) node = node.getParent();
            }
            node = next;
        }
        return texts;
    }
}
