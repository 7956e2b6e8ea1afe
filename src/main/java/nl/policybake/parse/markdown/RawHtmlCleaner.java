package nl.policybake.parse.markdown;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Cleans a body's HTML under {@code markdown.html = sanitize}: raw HTML keeps what the safelist allows. */
public final class RawHtmlCleaner {

    private RawHtmlCleaner() {
    }

    /**
     * What raw HTML may keep under {@code markdown.html = sanitize}. The site's own links are relative ({@code /regio/},
     * {@code #doel}, footnotes' {@code #fn-1}); jsoup keeps a relative link only when it can resolve it against a base
     * address to an allowed protocol, so the cleaner gets a made-up one and the links stay as they are. A new one per
     * body: jsoup does not promise that a safelist may be shared between threads.
     */
    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("abbr", "hr", "caption", "figure", "figcaption")
                .addAttributes("abbr", "title")
                .addAttributes(":all", "id", "class")
                .addAttributes("th", "align", "scope")
                .addAttributes("td", "align")
                .preserveRelativeLinks(true);
    }

    private static final String BASE = "https://policybake.invalid/";

    public static String clean(String html) {
        return Jsoup.clean(html, BASE, safelist(), new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }
}
