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

    public static String period(String agenda, String period) {
        return "/" + agenda + "/" + period + "/";
    }

    public static String document(String agenda, String period, String slug) {
        return "/" + agenda + "/" + period + "/" + slug + "/";
    }

    public static String print(String agenda, String period) {
        return document(agenda, period, PRINT);
    }

    /** The output file of a URL: folders get {@code index.html}. */
    public static String file(String url) {
        String p = url.startsWith("/") ? url.substring(1) : url;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
