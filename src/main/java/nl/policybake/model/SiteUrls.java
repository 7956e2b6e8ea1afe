package nl.policybake.model;

/**
 * The URL scheme of the site, root-relative and without the base path: {@code /}, {@code /<page>/},
 * {@code /<agenda>/}, {@code /<agenda>/actueel/}, {@code /<agenda>/<period>/}, {@code /<agenda>/<period>/<doc>/}
 * and {@code /<agenda>/<period>/afdrukken/}. Every page is a folder with an {@code index.html}, so URLs stay
 * stable whatever the web server.
 */
public final class SiteUrls {

    /** The slug of the print page of a period; a document may not take it. */
    public static final String PRINT = "afdrukken";
    /** The folder that always leads to the current period of an agenda; a period may not take it. */
    public static final String CURRENT = "actueel";
    /** The action-line overview of a period, the folder of its action-line pages. */
    public static final String ACTIONS = "actielijnen";
    /** The status dashboard of a period. */
    public static final String DASHBOARD = "dashboard";
    /** The partner index of a period. */
    public static final String PARTNERS = "partners";
    /** The comparison of a period with the one before it. */
    public static final String COMPARE = "vergelijking";
    /** Page slugs a document may not take, because the period's own pages use them. */
    public static final java.util.Set<String> RESERVED = java.util.Set.of(PRINT, CURRENT, ACTIONS, DASHBOARD, PARTNERS,
            COMPARE);
    /** The monitor page of an agenda, gathering its charts; a period may not take the name. */
    public static final String MONITOR = "monitor";
    /** The search page, and the folder of the search index. */
    public static final String SEARCH = "zoeken";
    /** The site map for readers (the XML one is for search engines). */
    public static final String SITEMAP = "sitemap";
    /** The folder of the theme's CSS and scripts. */
    public static final String ASSETS = "assets";

    private SiteUrls() {
    }

    public static String page(String slug) {
        return slug.isEmpty() ? "/" : "/" + slug + "/";
    }

    public static String agenda(String agenda) {
        return "/" + agenda + "/";
    }

    public static String current(String agenda) {
        return "/" + agenda + "/" + CURRENT + "/";
    }

    public static String monitor(String agenda) {
        return "/" + agenda + "/" + MONITOR + "/";
    }

    public static String period(String agenda, String period) {
        return "/" + agenda + "/" + period + "/";
    }

    public static String document(String agenda, String period, String slug) {
        return "/" + agenda + "/" + period + "/" + slug + "/";
    }

    public static String print(String agenda, String period) {
        return document(agenda, period, PRINT);
    }

    public static String actions(String agenda, String period) {
        return document(agenda, period, ACTIONS);
    }

    public static String actionLine(String agenda, String period, String slug) {
        return actions(agenda, period) + slug + "/";
    }

    public static String dashboard(String agenda, String period) {
        return document(agenda, period, DASHBOARD);
    }

    public static String partners(String agenda, String period) {
        return document(agenda, period, PARTNERS);
    }

    public static String compare(String agenda, String period) {
        return document(agenda, period, COMPARE);
    }

    /** The output file of a URL: folders get {@code index.html}. */
    public static String file(String url) {
        String p = url.startsWith("/") ? url.substring(1) : url;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
