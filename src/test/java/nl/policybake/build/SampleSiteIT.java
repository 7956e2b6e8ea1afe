package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.policybake.TestSite;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SourceFile;
import nl.policybake.parse.csv.CsvReader;
import nl.policybake.parse.csv.CsvTable;

/** Builds the shipped sample site: zero diagnostics, every seed figure on the site, and spot checks of pages. */
class SampleSiteIT {

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = new SiteBuilder().build(new BuildOptions(Path.of("."), out, false, true, true, true));
    }

    @Test
    void buildsAndPassesEveryOutputCheckWithoutAnyDiagnosticEvenWhenStrict() {
        assertEquals("", String.join("\n", TestSite.lines(result)));
        assertTrue(result.isOk());
        assertEquals(5, result.agendas());
        assertEquals(7, result.periods());
    }

    @ParameterizedTest(name = "seed {0} on /{1}/")
    @CsvSource({"000, west-brabant-west", "001, hart-van-brabant", "002, west-brabant-oost",
            "003, jeugdbescherming-west", "004, noordoost-brabant"})
    void everyFigureOfTheSeedIsOnTheSite(String seed, String agenda) throws IOException {
        Pattern number = Pattern.compile("(?<![\\w.,])\\d+(?:[.,]\\d+)*");
        Set<String> onSite = numbers(number, siteText(agenda));
        Set<String> absent = absentFigures(seed);
        Set<String> missing = new TreeSet<>();
        for (String n : numbers(number, seedText(seed))) {
            if (!onSite.contains(n) && !absent.contains(n)) missing.add(n);
        }
        assertEquals(Set.of(), missing, "figures of seed " + seed + " missing from /" + agenda + "/");
    }

    @Test
    void westBrabantWestShowsThreePeriodsWithTheLatestAdoptedAsCurrent() throws IOException {
        Document agenda = page("west-brabant-west/index.html");
        assertEquals("De actuele periode is 2018-2021: de laatst vastgestelde periode.",
                agenda.selectFirst(".current-rule").ownText());
        assertEquals("[2022-2025, 2018-2021, 2015-2017]",
                agenda.select(".period-list .card-title a").eachAttr("href").stream()
                        .map(h -> h.split("/")[2]).toList().toString());
        Document old = page("west-brabant-west/2015-2017/index.html");
        assertEquals("! U bekijkt de periode 2015-2017 (afgerond). De actuele periode is 2018-2021. "
                + "Naar de actuele periode 2018-2021", old.selectFirst(".period-banner").text());
        assertEquals("/west-brabant-west/2018-2021/", old.selectFirst(".period-banner a").attr("href"));
        Document current = page("west-brabant-west/2018-2021/tussentijdse-evaluatie/index.html");
        assertEquals(null, current.selectFirst(".period-banner"));
        assertEquals("/west-brabant-west/2018-2021/tussentijdse-evaluatie/",
                current.selectFirst(".period-switcher [aria-current=page]").attr("href"));
        Document redirect = page("west-brabant-west/actueel/index.html");
        assertEquals("0; url=/west-brabant-west/2018-2021/",
                redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void documentPagesKeepTablesFootnotesAndAbbreviations() throws IOException {
        Document doc = page("noordoost-brabant/2020-2023/uitvoeringsplan/index.html");
        assertEquals("nl", doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("h1").size());
        assertTrue(doc.select("table").size() >= 10, "tables: " + doc.select("table").size());
        assertEquals(doc.select("table").size(), doc.select("table > caption").size(), "every table has a caption");
        assertTrue(doc.select(".footnotes li").size() >= 1);
        assertTrue(doc.select("abbr[title]").size() > 0);
        assertTrue(doc.select(".toc a").size() > 5);
        Document hvb = page("hart-van-brabant/2015-2017/tussentijdse-evaluatie/index.html");
        assertEquals(17, hvb.select("td .status-badge.status-groen").size());
        assertEquals(7, hvb.select("td .status-badge.status-geel").size());
        assertEquals("● groen", hvb.selectFirst("td .status-badge.status-groen").text());
    }

    @Test
    void printPageHoldsEveryDocumentOfThePeriodWithUniqueIds() throws IOException {
        Document print = page("west-brabant-west/2018-2021/afdrukken/index.html");
        assertEquals("[Tussentijdse evaluatie beleidskader Zorg voor Jeugd WBW 2018-2021]",
                print.select(".print-section > h2").eachText().toString());
        Set<String> ids = new TreeSet<>();
        print.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
    }

    @Test
    void writesTheSiteWideFiles() throws IOException {
        String security = Files.readString(out.resolve(".well-known/security.txt"));
        assertTrue(security.startsWith("Contact: mailto:webredactie@jeugdagenda.example.nl\nExpires: 2027-12-31"),
                security);
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://jeugdagenda.example.nl/noordoost-brabant/2020-2023/uitvoeringsplan/"
                + "</loc><lastmod>2020-05-19</lastmod>"), sitemap);
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<title>Uitvoeringsplan jeugdhulp 2020-2023</title>"));
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://jeugdagenda.example.nl/sitemap.xml"));
        assertTrue(Files.readString(out.resolve("404.html")).contains("Pagina niet gevonden"));
        assertTrue(page("index.html").select("footer a[href=/toegankelijkheid/]").size() == 1);
    }

    @Test
    void everyCellOfEveryActionLineTableIsOnItsOverviewPage() throws IOException {
        List<Path> tables;
        try (Stream<Path> s = Files.walk(Path.of("content"))) {
            tables = s.filter(p -> p.getFileName().toString().matches("actielijnen(-.*)?\\.csv")).sorted().toList();
        }
        assertEquals(6, tables.size(), tables.toString());
        Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
        for (Path csv : tables) {
            String rel = Path.of("content").relativize(csv).toString();
            CsvTable table = new CsvReader(Optional.empty()).read(new SourceFile("content/" + rel,
                    Files.readAllBytes(csv)), diags).orElseThrow();
            String overview = page(rel.substring(0, rel.lastIndexOf('/')) + "/actielijnen/index.html").text()
                    .replaceAll("\\s+", " ");
            int status = table.header().indexOf("Status");
            for (CsvTable.Row row : table.rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    // a status cell shows as its word and its text: "groen: Volledig gerealiseerd"
                    String cell = c == status ? row.cell(c).replaceFirst("^[^:]*:", "") : row.cell(c);
                    for (String part : cell.split("[\\n;]")) {
                        String text = part.strip().replaceAll("\\s+", " ");
                        if (!text.isEmpty()) {
                            assertTrue(overview.contains(text), rel + ":" + row.line() + " '" + text + "' not on the page");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), diags.sorted());
        Document nob = page("noordoost-brabant/2020-2023/actielijnen/index.html");
        assertEquals(8, nob.select(".action-section").size());
        assertEquals(43, nob.select(".action-section tbody tr").size());
        assertEquals("43", nob.selectFirst("#filter-count").attr("data-total"));
        assertTrue(nob.selectFirst("#filters").hasAttr("hidden"), "without JavaScript the filters stay hidden");
    }

    @Test
    void theDashboardCountsEveryStatusOfHartVanBrabant() throws IOException {
        Document dash = page("hart-van-brabant/2015-2017/dashboard/index.html");
        assertEquals("[Totaal, 17, 7, 0, 0, 0, 24]", dash.select("tfoot tr > *").eachText().toString());
        assertEquals("● groen", dash.select("thead th").get(1).text());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }

    private static String siteText(String agenda) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(out.resolve(agenda))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                sb.append(Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8)).text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String seedText(String seed) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/seeds"))) {
            Path file = s.filter(p -> p.getFileName().toString().startsWith(seed + "_")).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static Set<String> absentFigures(String seed) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/seeds/absent-figures.txt")).stream()
                .filter(l -> l.startsWith(seed + " ")).map(l -> l.split(" ")[1]).collect(Collectors.toSet());
    }

    private static Set<String> numbers(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }
}
