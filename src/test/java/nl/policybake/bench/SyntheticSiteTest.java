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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;
import nl.policybake.diag.Diagnostic;

class SyntheticSiteTest {

    /** The project's own theme; surefire runs with the project root as working directory. */
    private static final Path THEME = Path.of("themes", "default");

    @Test
    void sameSeedGivesByteIdenticalSites(@TempDir Path first, @TempDir Path second) throws IOException {
        new SyntheticSite(60, SyntheticSite.DEFAULT_SEED, THEME).write(first);
        new SyntheticSite(60, SyntheticSite.DEFAULT_SEED, THEME).write(second);

        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) assertArrayEquals(a.get(path), b.get(path), path);
        assertTrue(a.keySet().stream().filter(p -> p.endsWith(".md")).count() > 30, "too few content files");
    }

    @Test
    void differentSeedsGiveDifferentSites(@TempDir Path first, @TempDir Path second) throws IOException {
        new SyntheticSite(60, 1, THEME).write(first);
        new SyntheticSite(60, 2, THEME).write(second);

        assertNotEquals(files(first).keySet(), files(second).keySet());
    }

    @Test
    void generatedSiteBuildsWithoutDiagnosticsIntoExactlyThePromisedPages(@TempDir Path site, @TempDir Path out)
            throws IOException {
        SyntheticSite.Summary summary = new SyntheticSite(60, SyntheticSite.DEFAULT_SEED, THEME).write(site);

        BuildResult result = new SiteBuilder().build(new BuildOptions(site, out, false, false, true));

        List<Diagnostic> diagnostics = result.diagnostics().sorted();
        assertTrue(diagnostics.isEmpty(),
                () -> diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        assertEquals(60, summary.pages());
        assertEquals(60, result.pages());
        assertEquals(summary.agendas(), result.agendas());
        assertEquals(summary.periods(), result.periods());
        assertEquals(summary.documents(), result.documents());
    }

    @Test
    void everyDocumentHasTheMarkdownFeaturesOfARealPolicyText(@TempDir Path site) throws IOException {
        new SyntheticSite(40, SyntheticSite.DEFAULT_SEED, THEME).write(site);

        Map<String, byte[]> documents = new TreeMap<>(files(site));
        documents.keySet().removeIf(p -> !p.matches("content/[^/]+/[^/]+/.+\\.md") || p.endsWith("/periode.md"));
        assertFalse(documents.isEmpty());
        for (Map.Entry<String, byte[]> e : documents.entrySet()) {
            String md = new String(e.getValue(), StandardCharsets.UTF_8);
            String name = e.getKey();
            assertTrue(md.contains("\n## ") && md.contains("\n### "), name + ": headings");
            assertTrue(md.contains("\n- ") && md.contains("\n1. "), name + ": lists");
            assertTrue(md.contains("|---|") && md.contains("\n[Tabel 1: "), name + ": table with caption");
            assertTrue(md.contains("[^1]") && md.contains("\n[^1]: "), name + ": footnote");
            assertTrue(md.contains("\n*[CBS]: Centraal Bureau voor de Statistiek"), name + ": abbreviation");
            assertTrue(md.matches("(?s).*\\]\\([a-z0-9-]+\\.md\\).*"), name + ": link to a sibling document");
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

    /** Every file below {@code root}, by path relative to it with {@code /} separators. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
