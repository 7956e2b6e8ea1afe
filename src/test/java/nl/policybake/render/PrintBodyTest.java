package nl.policybake.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.policybake.bench.SyntheticSite;
import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;

/**
 * The print transform's scanner against the jsoup version it replaced ({@link PrintBodyOracle}): for every document
 * body of the sample site and of a synthetic site with charts, tables and footnotes, and for raw HTML an editor may
 * write, both give the same tree. Known differences, on input flexmark does not write: an id or link written with a
 * character reference ({@code href="&#35;x"}) is left alone, and so is a link inside an SVG.
 */
class PrintBodyTest {

    private static final String PROSE = "<div class=\"prose\">";

    @Test
    void headingsMoveDownAndIdsAndInPageLinksGetThePrefix() {
        String html = "<h1 id=\"doel\">Doel</h1><h5>Vijf</h5><h6>Zes</h6><p>Zie <a href=\"#doel\">het doel</a>"
                + "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> en "
                + "<a href=\"https://example.org/#doel\">elders</a>.</p>";

        assertEquals("<h2 id=\"plan-doel\">Doel</h2><h6>Vijf</h6><h6>Zes</h6><p>Zie <a href=\"#plan-doel\">het doel</a>"
                + "<sup id=\"plan-fnref-1\"><a class=\"footnote-ref\" href=\"#plan-fn-1\">1</a></sup> en "
                + "<a href=\"https://example.org/#doel\">elders</a>.</p>", PrintBody.of(html, "plan"));
    }

    @Test
    void chartsAndEverythingInsideAnSvgAreLeftAsTheyAre() {
        String html = "<figure class=\"chart\" id=\"chart-1a2b-figure\"><svg id=\"chart-1a2b\" aria-labelledby="
                + "\"chart-1a2b-title\"><title id=\"chart-1a2b-title\">T</title><defs><clipPath id=\"clip-0\">"
                + "<rect/></clipPath></defs><g clip-path=\"url(#clip-0)\"><text>&lt;h2 id=\"x\"&gt;</text></g></svg>"
                + "<figcaption><a href=\"#chart-1a2b-figure\">hier</a></figcaption></figure><h2 id=\"na\">Na</h2>";

        String expected = html.replace("<h2 id=\"na\">Na</h2>", "<h3 id=\"d-na\">Na</h3>");
        assertEquals(expected, PrintBody.of(html, "d"));
    }

    /** Raw HTML as editors write it where the site allows it: the same tree as the jsoup transform gives. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<H2 ID=doel>Doel</H2><A HREF=#doel>terug</A>",
        "<h3 id='enkel' class=x>Enkel</h3><a title=\"a > b\" href='#enkel'>x</a>",
        "<p>1 < 2 en <b>vet</b></p><!-- <h2 id=\"weg\"> --><h2 id=\"\">Leeg</h2>",
        "<script>var s = '<h2 id=\"x\">';</script><style>h2 { color: red }</style><h4 id=a>Vier</h4>",
        "<svg id=\"s\"><g id=\"g\"></g></svg><svg/><p id=\"p\">na</p><textarea><h1 id=t></textarea>",
        // an SVG copied in one piece, and the ones whose end the tag loop must find: nested, a comment, a longer name
        "<SVG id=\"a\"><text>&lt;/svg&gt;</text></SVG><h2 id=\"na\">Na</h2>",
        "<svg id=\"o\"><svg id=\"i\"><g id=\"g\"/></svg><g id=\"h\"/></svg><h2 id=\"na\">Na</h2>",
        "<svg id=\"c\"><!-- </svg> --><g id=\"g\"/></svg><h2 id=\"na\">Na</h2>",
        "<svg id=\"x\"><svgx id=\"g\"></svgx></svg><h2 id=\"na\">Na</h2>",
        "<details open><summary id=\"s\">Meer</summary><input disabled id=\"i\"><a href=\"#\">top</a></details>",
        "<p>tekst zonder tags, met &amp; en &lt;h1&gt;</p>",
        "<a href=\"#\"",
    })
    void rawHtmlGivesTheOraclesTree(String html) {
        assertSameTree(html, "pre");
    }

    @Test
    void everyBodyOfTheSampleSiteGivesTheOraclesTree(@TempDir Path out) throws IOException {
        BuildResult r = new SiteBuilder().build(new BuildOptions(Path.of("."), out, false, false, true));
        assertTrue(r.isOk(), r.diagnostics().sorted().toString());

        int bodies = everyBodyGivesTheOraclesTree(out);
        assertTrue(bodies >= 6, bodies + " bodies");
    }

    @Test
    void everyBodyOfASyntheticSiteWithChartsAndTablesGivesTheOraclesTree(@TempDir Path dir) throws IOException {
        new SyntheticSite(200, SyntheticSite.DEFAULT_SEED, Path.of("themes", "default")).write(dir.resolve("site"));
        BuildResult r = new SiteBuilder().build(new BuildOptions(dir.resolve("site"), dir.resolve("out"), false, false,
                true));
        assertTrue(r.isOk(), r.diagnostics().sorted().toString());

        int bodies = everyBodyGivesTheOraclesTree(dir.resolve("out"));
        assertTrue(bodies >= 100, bodies + " bodies");
    }

    /** Checks the body of every page below {@code out} that has one; how many there were. */
    private static int everyBodyGivesTheOraclesTree(Path out) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String page = Files.readString(f, StandardCharsets.UTF_8);
                int at = page.indexOf(PROSE);
                if (at >= 0 && !f.toString().contains("/afdrukken/")) bodies.add(prose(page, at + PROSE.length()));
            }
        }
        boolean charts = false;
        for (String body : bodies) {
            assertSameTree(body, "document");
            charts |= body.contains("<svg");
        }
        assertTrue(charts, "no body had a chart");
        return bodies.size();
    }

    /** The HTML of the prose block that starts at {@code from}, as the page has it: up to its own closing tag. */
    private static String prose(String page, int from) {
        int depth = 1;
        int i = from;
        while (true) {
            int open = page.indexOf("<div", i);
            int close = page.indexOf("</div>", i);
            if (open >= 0 && open < close) {
                depth++;
                i = open + 4;
            } else {
                if (--depth == 0) return page.substring(from, close);
                i = close + 6;
            }
        }
    }

    private static void assertSameTree(String html, String prefix) {
        String oracle = PrintBodyOracle.of(html, prefix);
        Document scanned = Jsoup.parseBodyFragment(PrintBody.of(html, prefix));
        scanned.outputSettings().prettyPrint(false);
        assertEquals(oracle, scanned.body().html(), html.length() > 300 ? html.substring(0, 300) : html);
    }
}
