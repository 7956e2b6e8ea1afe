package nl.policybake.post.search.html;

/**
 * One passage of a page's main content: the id of its heading (empty for the top of the page), the heading's text
 * and the passage's whole text, whitespace collapsed.
 */
public record Passage(String anchor, String heading, String text) {

    /** Characters of the text kept for a result's snippet; the indexer sees all of it. */
    public static final int MAX = 1200;

    /** The text as far as a result's snippet needs it: at most {@link #MAX} characters, cut at a space. */
    public String snippetText() {
        if (text.length() <= MAX) return text;
        int cut = text.lastIndexOf(' ', MAX);
        return text.substring(0, cut < MAX / 2 ? MAX : cut);
    }
}
