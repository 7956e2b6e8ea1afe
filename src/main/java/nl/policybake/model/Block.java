package nl.policybake.model;

/**
 * A fenced block in Markdown that the render stage fills in, e.g. an action-line table. The rendered Markdown holds
 * a marker where it goes ({@link #marker(int)}); markers use private-use characters that are removed from the
 * source text, so no editor can forge one.
 */
public interface Block {

    /** The marker text of block {@code index} of a body. */
    static String marker(int index) {
        return "\uE000pb-block-" + index + "\uE000";
    }
}
