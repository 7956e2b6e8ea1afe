package nl.policybake.post.check;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.policybake.diag.Diagnostics;
import nl.policybake.load.SourceFile;
import nl.policybake.render.chart.ChartPalette;

/**
 * The publishing gate over a built site, in memory: every HTML page is parsed once, in parallel, and checked on its
 * own (accessibility, Content-Security-Policy, the form of external links); then its internal links and loaded files
 * are resolved against all pages and files; then the theme's style sheets and the chart palette are checked for
 * contrast. Each problem is reported at the source of the page, at the line that holds it where one can be found.
 */
public final class OutputChecker {

    private final Diagnostics diags;
    private final String basePath;
    private final Locator locator;

    /**
     * @param basePath the path part of {@code site.url} ("" at the root of a host)
     * @param sources the site's source files (content and theme), to find the line of a problem
     */
    public OutputChecker(Diagnostics diags, String basePath, List<SourceFile> sources) {
        this.diags = diags;
        this.basePath = basePath;
        this.locator = new Locator(sources);
    }

    /** What one page yields: its ids, its internal references and its own problems. */
    private record Scan(Set<String> ids, List<LinkScanner.Ref> refs, List<Finding> findings, boolean declaresCsp) {
    }

    /** Checks {@code files} (output path to bytes); {@code origins} gives the source of each output path. */
    public void check(Map<String, byte[]> files, Map<String, String> origins) {
        Map<String, Scan> scans = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(f -> f.getKey().endsWith(".html"))
                .forEach(f -> scans.put(f.getKey(), scan(new String(f.getValue(), StandardCharsets.UTF_8))));
        scans.entrySet().parallelStream().forEach(e -> {
            List<Finding> found = new ArrayList<>(e.getValue().findings());
            for (LinkScanner.Ref ref : e.getValue().refs()) resolve(e.getKey(), ref, files, scans, found);
            String origin = origins.getOrDefault(e.getKey(), e.getKey());
            for (Finding f : found) report(e.getKey(), origin, f);
        });
        List<String> withoutCsp = scans.entrySet().stream().filter(e -> !e.getValue().declaresCsp())
                .map(Map.Entry::getKey).sorted().toList();
        if (!withoutCsp.isEmpty()) {
            String first = withoutCsp.get(0);
            diags.warning(locator.locate(origins.getOrDefault(first, first), Finding.of("x").inTemplate("<head>")),
                    "check.noCsp", first, withoutCsp.size() - 1, ContentSecurityPolicy.STRICT);
        }
        ContrastChecker contrast = new ContrastChecker(diags);
        files.forEach((path, bytes) -> {
            String origin = origins.getOrDefault(path, path);
            if (path.endsWith(".css") && origin.startsWith("themes/")) {
                contrast.check(origin, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        contrast.checkChart(ChartPalette.series().stream().map(OutputChecker::colour).toList(),
                colour(ChartPalette.BACKGROUND));
    }

    private static Colour colour(Color c) {
        return new Colour(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static Scan scan(String html) {
        Document doc = Jsoup.parse(html);
        List<Finding> findings = new ArrayList<>();
        List<LinkScanner.Ref> refs = new ArrayList<>();
        Set<String> ids = PageScanner.ids(doc, findings);
        PageScanner.scan(doc, findings);
        ContentSecurityPolicy csp = CspScanner.declared(doc);
        CspScanner.scan(doc, csp != null ? csp : ContentSecurityPolicy.parse(ContentSecurityPolicy.STRICT), findings);
        LinkScanner.scan(doc, refs, findings);
        return new Scan(Set.copyOf(ids), List.copyOf(refs), List.copyOf(findings), csp != null);
    }

    private void resolve(String page, LinkScanner.Ref ref, Map<String, byte[]> files, Map<String, Scan> scans,
                         List<Finding> out) {
        String url = ref.url();
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash + 1);
        String file = target.isEmpty() ? page : outputPath(target, page);
        if (file == null || !files.containsKey(file)) {
            out.add(ref.loaded() == null
                    ? Finding.of("check.brokenLink", url).in("(" + url, url, PageScanner.fileName(target)).inTemplate(url)
                    : Finding.of("check.missingFile", url, ref.loaded()).in("(" + url, url, PageScanner.fileName(target))
                            .inTemplate(url));
        } else if (!anchor.isEmpty() && scans.containsKey(file) && !scans.get(file).ids().contains(anchor)) {
            out.add(Finding.of("check.brokenAnchor", url).in("#" + anchor).inTemplate("#" + anchor));
        }
    }

    /** The output file a link leads to from page {@code from}, or null when it leaves the site. */
    private String outputPath(String target, String from) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String resolved;
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath + "/")) return null;
            resolved = path.substring(basePath.length() + 1);
        } else {
            resolved = from.substring(0, from.lastIndexOf('/') + 1) + path;
        }
        if (resolved.isEmpty() || resolved.endsWith("/")) resolved += "index.html";
        String normal = Path.of(resolved).normalize().toString().replace('\\', '/');
        return normal.startsWith("..") ? null : normal;
    }

    private void report(String page, String origin, Finding f) {
        Object[] args = new Object[f.args().size() + 1];
        args[0] = page;
        for (int i = 0; i < f.args().size(); i++) args[i + 1] = f.args().get(i);
        diags.error(locator.locate(origin, f), f.key(), args);
    }
}
