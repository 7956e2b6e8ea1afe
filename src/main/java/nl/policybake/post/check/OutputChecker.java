package nl.policybake.post.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Checks every HTML page of a built site. Runs after a build without errors, on the files in memory; reports each
 * problem at the source of the page (the output page is named in the message).
 */
public final class OutputChecker {

    private final Diagnostics diags;
    private final String basePath;

    /** @param basePath the path part of {@code site.url} ("" at the root of a host) */
    public OutputChecker(Diagnostics diags, String basePath) {
        this.diags = diags;
        this.basePath = basePath;
    }

    /** Checks {@code files} (output path to bytes); {@code origins} gives the source of each output path. */
    public void check(Map<String, byte[]> files, Map<String, String> origins) {
        Map<String, Document> pages = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        files.forEach((path, bytes) -> {
            if (!path.endsWith(".html")) return;
            Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            pages.put(path, doc);
            Set<String> seen = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!seen.add(e.id())) problem(path, origins, "check.duplicateId", e.id());
            }
            ids.put(path, seen);
        });
        pages.keySet().stream().sorted().forEach(path -> {
            Document doc = pages.get(path);
            page(path, doc, origins);
            links(path, doc, files, ids, origins);
        });
    }

    private void page(String path, Document doc, Map<String, String> origins) {
        if (doc.selectFirst("html[lang]") == null) problem(path, origins, "check.noLang");
        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                problem(path, origins, "check.headingSkip", h.tagName(), "h" + previous, h.text());
            }
            previous = level;
        }
        for (Element img : doc.select("img:not([alt])")) problem(path, origins, "check.noAlt", img.attr("src"));
        for (Element svg : doc.select("svg[role=img]")) {
            if (svg.selectFirst("title") == null) problem(path, origins, "check.noAlt", "svg#" + svg.id());
        }
        for (Element table : doc.select("table")) {
            if (table.selectFirst("caption") == null) {
                String text = table.text();
                problem(path, origins, "check.noCaption", text.length() > 40 ? text.substring(0, 40) + "..." : text);
            }
            for (Element th : table.select("th:not([scope])")) problem(path, origins, "check.noScope", th.text());
        }
        for (Element script : doc.select("script:not([src])")) problem(path, origins, "check.inlineScript", "script");
        for (Element style : doc.select("style, [style]:not(svg *, svg)")) {
            problem(path, origins, "check.inlineScript", style.tagName() + " style");
        }
        for (Element e : doc.select("[onclick], [onload], [onerror], [onchange]")) {
            problem(path, origins, "check.inlineScript", e.tagName() + " event handler");
        }
    }

    private void links(String path, Document doc, Map<String, byte[]> files, Map<String, Set<String>> ids,
                       Map<String, String> origins) {
        for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (ref.isEmpty() || ref.startsWith("mailto:") || ref.startsWith("tel:") || ref.startsWith("data:")) continue;
            if (ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || ref.startsWith("//")) {
                if (!wellFormed(ref)) problem(path, origins, "check.badExternal", ref);
                continue;
            }
            if (e.is("link[rel=canonical]")) continue;
            int hash = ref.indexOf('#');
            String target = hash < 0 ? ref : ref.substring(0, hash);
            String anchor = hash < 0 ? "" : ref.substring(hash + 1);
            String file = target.isEmpty() ? path : outputPath(target, path);
            if (file == null || !files.containsKey(file)) {
                problem(path, origins, "check.brokenLink", ref);
            } else if (!anchor.isEmpty() && ids.containsKey(file) && !ids.get(file).contains(anchor)) {
                problem(path, origins, "check.brokenAnchor", ref);
            }
        }
    }

    /** The output file a link leads to from page {@code from}, or null when it leaves the site. */
    private String outputPath(String target, String from) {
        String query = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String resolved;
        if (query.startsWith("/")) {
            if (!query.startsWith(basePath + "/")) return null;
            resolved = query.substring(basePath.length() + 1);
        } else {
            resolved = from.substring(0, from.lastIndexOf('/') + 1) + query;
        }
        if (resolved.isEmpty() || resolved.endsWith("/")) resolved += "index.html";
        return java.nio.file.Path.of(resolved).normalize().toString().replace('\\', '/');
    }

    private static boolean wellFormed(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && (uri.getHost() != null || !uri.getScheme().startsWith("http"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void problem(String page, Map<String, String> origins, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = page;
        System.arraycopy(args, 0, all, 1, args.length);
        diags.error(SourcePos.file(origins.getOrDefault(page, page)), key, all);
    }
}
