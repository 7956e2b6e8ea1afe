package nl.policybake.render;

import nl.policybake.config.SiteConfig;

/**
 * Turns the site's root-relative URLs ({@link nl.policybake.model.SiteUrls}) into the links pages carry: with the
 * base path of {@code site.url} in front, and absolute for canonical links, the sitemap and the feed.
 */
final class Links {

    private final String origin;
    private final String basePath;

    Links(SiteConfig config) {
        String rest = config.baseUrl().replaceFirst("^[a-z]+://[^/]+", "");
        this.basePath = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        this.origin = config.baseUrl().substring(0, config.baseUrl().length() - rest.length());
    }

    /** The link a page carries for {@code url}, e.g. {@code /jeugd/noordoost-brabant/}. */
    String href(String url) {
        return basePath + url;
    }

    /** The absolute URL, e.g. {@code https://example.nl/jeugd/noordoost-brabant/}. */
    String absolute(String url) {
        return origin + basePath + url;
    }
}
