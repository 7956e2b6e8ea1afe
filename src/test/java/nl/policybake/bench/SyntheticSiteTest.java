package nl.policybake.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;
import nl.policybake.diag.Diagnostic;

class SyntheticSiteTest {

    /** The project's own theme; surefire runs with the project root as working directory. */
    private static final Path THEME = Path.of("themes", "default");
    /** Large enough for a period with action lines, and small enough to build in seconds. */
    private static final int BUILT_PAGES = 150;

    @TempDir
    static Path root;
    private static Path site;
    private static Path out;
    private static SyntheticSite.Summary summary;
    private static BuildResult built;

    @BeforeAll
    static void buildOneSite() throws IOException {
        site = root.resolve("site");
        out = root.resolve("out");
        summary = new SyntheticSite(BUILT_PAGES, SyntheticSite.DEFAULT_SEED, THEME).write(site);
        built = new SiteBuilder().build(new BuildOptions(site, out, false, true, true));
    }

    @Test
    void sameSeedGivesByteIdenticalSitesInAnyLocale(@TempDir Path second) throws IOException {
        Locale saved = Locale.getDefault();
        try {
            // Turkish upper-cases "i" to a dotted "İ": nothing generated may depend on that
            Locale.setDefault(Locale.forLanguageTag("tr"));
            new SyntheticSite(BUILT_PAGES, SyntheticSite.DEFAULT_SEED, THEME).write(second);
        } finally {
            Locale.setDefault(saved);
        }

        Map<String, byte[]> a = files(site);
        Map<String, byte[]> b = files(second);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) assertArrayEquals(a.get(path), b.get(path), path);
        assertTrue(a.keySet().stream().filter(p -> p.endsWith(".md")).count() > 80, "too few content files");
        assertTrue(a.keySet().stream().anyMatch(p -> p.endsWith("/actielijnen.csv")), "no action-line table");
        assertTrue(a.keySet().stream().anyMatch(p -> p.endsWith("/data/kerncijfers.csv")), "no data files");
    }

    @Test
    void differentSeedsGiveDifferentSites(@TempDir Path first, @TempDir Path second) throws IOException {
        new SyntheticSite(60, 1, THEME).write(first);
        new SyntheticSite(60, 2, THEME).write(second);

        assertNotEquals(files(first).keySet(), files(second).keySet());
    }

    @Test
    void generatedSiteBuildsWithoutDiagnosticsIntoExactlyThePromisedPages() {
        List<Diagnostic> diagnostics = built.diagnostics().sorted();
        assertTrue(diagnostics.isEmpty(),
                () -> diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        assertEquals(BUILT_PAGES, summary.pages());
        assertEquals(BUILT_PAGES, built.pages());
        assertEquals(summary.agendas(), built.agendas());
        assertEquals(summary.periods(), built.periods());
        assertEquals(summary.documents(), built.documents());
    }

    @Test
    void everyChartBlockIsDrawnInItsDocumentAndOnTheMonitorPage() throws IOException {
        Map<String, String> documents = documentPages();

        assertTrue(summary.charts() > 0, "no charts");
        assertEquals(summary.charts(), count(documents.values(), "<svg"));
        assertEquals(summary.charts(), count(pages(p -> p.matches("[^/]+/monitor/index\\.html")), "<svg"));
        // every chart also shows its figures as a table
        assertTrue(summary.dataTables() > 0, "no data tables");
        assertEquals(summary.dataTables() + summary.charts(), count(documents.values(), "<table class=\"data-table\""));
    }

    @Test
    void everyActionLineRowIsOnItsPeriodsOverviewAndEveryBlockInItsDocument() throws IOException {
        SitePlan plan = new SitePlanner(SyntheticSite.DEFAULT_SEED).plan(BUILT_PAGES);
        int rows = plan.agendas().stream().flatMap(a -> a.periods().stream())
                .flatMap(p -> p.actionLines().stream()).mapToInt(SitePlan.ActionLine::rows).sum();
        long blocks = count(markdown(site).values(), "\n```actielijnen\n");

        assertTrue(summary.actionLines() > 0 && blocks > 0, "no action lines");
        assertEquals(rows, count(pages(p -> p.matches("[^/]+/[^/]+/actielijnen/index\\.html")), "<tr data-line="));
        assertEquals(summary.actionLines(), pages(p -> p.matches("[^/]+/[^/]+/actielijnen/[^/]+/index\\.html")).size());
        assertEquals(blocks, count(documentPages().values(), "<table class=\"action-table"));
    }

    @Test
    void everyDocumentHasTheMarkdownFeaturesOfARealPolicyText() throws IOException {
        Map<String, String> documents = new TreeMap<>(markdown(site));
        documents.keySet().removeIf(p -> !p.matches("content/[^/]+/[^/]+/[^/]+\\.md") || p.endsWith("/periode.md"));
        Map<String, Long> perPeriod = documents.keySet().stream()
                .collect(Collectors.groupingBy(p -> p.substring(0, p.lastIndexOf('/')), Collectors.counting()));
        assertFalse(documents.isEmpty());
        for (Map.Entry<String, String> e : documents.entrySet()) {
            String md = e.getValue();
            String name = e.getKey();
            assertTrue(md.contains("\n## ") && md.contains("\n### "), name + ": headings");
            assertTrue(md.contains("\n- ") && md.contains("\n1. "), name + ": lists");
            assertTrue(md.contains("|---|") && md.contains("\n[Tabel 1: "), name + ": table with caption");
            assertTrue(md.contains("[^1]") && md.contains("\n[^1]: "), name + ": footnote");
            assertTrue(md.contains("\n*[CBS]: Centraal Bureau voor de Statistiek"), name + ": abbreviation");
            boolean sibling = perPeriod.get(name.substring(0, name.lastIndexOf('/'))) > 1;
            assertEquals(sibling, md.matches("(?s).*\\]\\([a-z0-9-]+\\.md\\).*"), name + ": link to a sibling");
            assertTrue(md.contains("status: gepubliceerd\n"), name + ": status");
        }
    }

    @Test
    void rejectsFewerPagesThanTheSmallestSite(@TempDir Path site) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SyntheticSite.run(new String[] {"--pages", "5", "--out", site.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--pages is 5, expected at least " + SitePlanner.MIN_PAGES),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotEmpty(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("keep.txt"), "mine");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = SyntheticSite.run(new String[] {"--pages", "20", "--out", site.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertEquals(List.of("keep.txt"), List.copyOf(files(site).keySet()));
    }

    /** The built page of every generated document, by the document's Markdown path. */
    private static Map<String, String> documentPages() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        for (String md : markdown(site).keySet()) {
            if (!md.matches("content/[^/]+/[^/]+/[^/]+\\.md") || md.endsWith("/periode.md")) continue;
            String page = md.substring("content/".length(), md.length() - ".md".length()) + "/index.html";
            pages.put(md, Files.readString(out.resolve(page), StandardCharsets.UTF_8));
        }
        return pages;
    }

    /** The Markdown files below {@code dir}, as text. */
    private static Map<String, String> markdown(Path dir) throws IOException {
        Map<String, String> md = new TreeMap<>();
        files(dir, path -> path.endsWith(".md")).forEach((path, bytes) -> md.put(path, new String(bytes,
                StandardCharsets.UTF_8)));
        return md;
    }

    /** The built pages whose path relative to the output matches {@code which}, as text. */
    private static List<String> pages(Predicate<String> which) throws IOException {
        return files(out, which).values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    /** How often {@code needle} occurs in all of {@code texts}. */
    private static long count(Collection<String> texts, String needle) {
        long n = 0;
        for (String t : texts) {
            for (int i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + needle.length())) n++;
        }
        return n;
    }

    /**
     * Every file below {@code dir} the generator wrote (not the build record a build of the site keeps there), by path
     * relative to it with {@code /} separators.
     */
    private static Map<String, byte[]> files(Path dir) throws IOException {
        return files(dir, path -> !path.startsWith(".policybake/"));
    }

    /** The files below {@code dir} whose relative path matches {@code which}. */
    private static Map<String, byte[]> files(Path dir, Predicate<String> which) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(p).toString().replace('\\', '/');
                if (which.test(path)) files.put(path, Files.readAllBytes(p));
            }
        }
        return files;
    }
}
