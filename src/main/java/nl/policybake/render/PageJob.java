package nl.policybake.render;

import java.util.List;

import nl.policybake.render.view.Chrome;

/**
 * One page to render: its URL, template, chrome and kind-specific view, the source it comes from, and its facets
 * for the search index (null for pages that are not searched: print pages, redirects, overviews).
 */
record PageJob(String url, String template, Chrome chrome, Object view, String source, Facets facets) {

    PageJob(String url, String template, Chrome chrome, Object view, String source) {
        this(url, template, chrome, view, source, null);
    }

    /** What the search index files a page under. */
    record Facets(String agenda, String period, boolean current, String type, List<String> statuses) {
    }

    PageJob searchable(Facets f) {
        return new PageJob(url, template, chrome, view, source, f);
    }
}
