package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.bench.SyntheticSite;
import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;
import nl.policybake.post.search.html.Passage;
import nl.policybake.post.search.html.Passages;
import nl.policybake.post.search.html.Sections;
import nl.policybake.render.SearchPage;

/** The index over the built pages of the sample site and of a synthetic 200-page site. */
class SearchIndexIT {

    @TempDir
    static Path work;
    static List<SearchPage> sample;
    static List<SearchPage> synthetic;

    @BeforeAll
    static void build() throws IOException {
        sample = pages(Path.of("."), work.resolve("sample"));
        Path site = work.resolve("synthetic-site");
        new SyntheticSite(200, SyntheticSite.DEFAULT_SEED, Path.of("themes", "default")).write(site);
        synthetic = pages(site, work.resolve("synthetic"));
    }

    /** Every HTML page of the site's build, with facets made up from its path (agenda, period, kind by depth). */
    private static List<SearchPage> pages(Path site, Path out) throws IOException {
        BuildResult result = new SiteBuilder().build(new BuildOptions(site, out, false, false, true));
        assertTrue(result.isOk(), site.toString());
        List<SearchPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String path = out.relativize(file).toString().replace('\\', '/');
                String url = "/" + (path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path);
                String[] parts = url.split("/");
                pages.add(new SearchPage(url, "Pagina " + url, parts.length > 1 ? parts[1] : "",
                        parts.length > 2 ? parts[2] : "", parts.length % 2 == 0, "soort " + parts.length,
                        parts.length > 3 ? List.of("groen", "geel") : List.of(), Files.readAllBytes(file)));
            }
        }
        assertTrue(pages.size() > 40, "pages: " + pages.size());
        return pages;
    }

    @Test
    void theScannerSplitsEveryBuiltPageAsTheJsoupWalkDid() {
        int passages = 0;
        for (List<SearchPage> pages : List.of(sample, synthetic)) {
            for (SearchPage page : pages) {
                List<Sections.Section> expected = Sections.of(new String(page.html(), StandardCharsets.UTF_8));
                List<Passage> actual = Passages.of(page.html());
                assertEquals(expected.size(), actual.size(), page.url());
                for (int i = 0; i < expected.size(); i++) {
                    Sections.Section e = expected.get(i);
                    Passage a = actual.get(i);
                    assertEquals(e.anchor(), a.anchor(), page.url());
                    assertEquals(e.heading(), a.heading(), page.url());
                    assertEquals(e.text(), a.text(), page.url() + "#" + e.anchor());
                }
                passages += expected.size();
            }
        }
        assertTrue(passages > 1000, "passages: " + passages);
    }

    @Test
    void aSessionGivesTheSameBytesWhateverTheOrderOfAdding() {
        for (List<SearchPage> pages : List.of(sample, synthetic)) {
            SearchIndexer.Session inOrder = new SearchIndexer().start();
            pages.forEach(inOrder::add);
            Map<String, byte[]> expected = inOrder.finish();
            List<SearchPage> shuffled = new ArrayList<>(pages);
            Collections.shuffle(shuffled, new Random(8));
            SearchIndexer.Session session = new SearchIndexer().start();
            shuffled.parallelStream().forEach(session::add);
            Map<String, byte[]> actual = session.finish();
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
        }
    }
}
