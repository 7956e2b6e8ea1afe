package nl.policybake.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;
import nl.policybake.build.BuildResult;

/** Periods as readers see them: overlap, the current period, the switcher, the banner, the base path. */
class PeriodPagesIT {

    private static final String OVERLAPPING = """
            -- content/regio/agenda.md --
            ---
            title: Regio
            ---
            -- content/regio/2018-2021/periode.md --
            ---
            title: Beleidskader 2018-2021
            start: 2018-01-01
            end: 2021-12-31
            status: vastgesteld
            ---
            -- content/regio/2018-2021/evaluatie.md --
            ---
            title: Evaluatie
            status: gepubliceerd
            ---
            -- content/regio/2018-2021/alleen-hier.md --
            ---
            title: Alleen in 2018-2021
            status: gepubliceerd
            ---
            -- content/regio/2020-2023/periode.md --
            ---
            title: Beleidsplan 2020-2023
            start: 2020-01-01
            end: 2023-12-31
            status: vastgesteld
            ---
            -- content/regio/2020-2023/evaluatie.md --
            ---
            title: Evaluatie
            status: gepubliceerd
            ---
            """;

    private static Document page(TestSite site, String path) {
        return Jsoup.parse(site.page(path));
    }

    @Test
    void overlappingPeriodsAreExplainedAndTheLaterAdoptedOneIsCurrent(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, OVERLAPPING);
        BuildResult r = site.build();
        assertEquals(List.of(), TestSite.lines(r));
        Document agenda = page(site, "regio/index.html");
        assertEquals("De periodes 2018-2021 en 2020-2023 overlappen. Waar ze overlappen, geldt de actuele periode "
                + "2020-2023.", agenda.selectFirst(".notice").text());
        assertEquals("De actuele periode is 2020-2023: de laatst vastgestelde periode.",
                agenda.selectFirst(".current-rule").ownText());
        Document old = page(site, "regio/2018-2021/index.html");
        assertEquals(1, old.select(".notice").size());
    }

    @Test
    void switcherKeepsTheReaderOnTheSamePageWhereItExists(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, OVERLAPPING);
        site.build();
        Document doc = page(site, "regio/2018-2021/evaluatie/index.html");
        assertEquals(List.of("/regio/2018-2021/evaluatie/", "/regio/2020-2023/evaluatie/"),
                doc.select(".period-switcher a").eachAttr("href"));
        assertEquals("/regio/2020-2023/evaluatie/", doc.selectFirst(".period-banner a").attr("href"));
        Document only = page(site, "regio/2018-2021/alleen-hier/index.html");
        assertEquals(List.of("/regio/2018-2021/alleen-hier/", "/regio/2020-2023/"),
                only.select(".period-switcher a").eachAttr("href"));
        assertTrue(only.select(".period-switcher li").get(1).text().contains("naar het overzicht van die periode"));
        Document print = page(site, "regio/2018-2021/afdrukken/index.html");
        assertEquals("/regio/2020-2023/afdrukken/", print.select(".period-switcher a").get(1).attr("href"));
    }

    @Test
    void theBannerTextCanBeConfiguredAndTheCurrentPeriodDeclared(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, OVERLAPPING.replace("title: Regio\n", "title: Regio\ncurrent: 2018-2021\n")
                + "-- site-config.properties --\n" + TestSite.CONFIG
                + "period.banner = Let op: {period} is niet meer actueel; kijk bij {current}.\n");
        site.build();
        Document newer = page(site, "regio/2020-2023/index.html");
        assertEquals("! Let op: 2020-2023 is niet meer actueel; kijk bij 2018-2021. Naar de actuele periode 2018-2021",
                newer.selectFirst(".period-banner").text());
        assertEquals("De actuele periode is 2018-2021: zo vastgelegd door de regio.",
                page(site, "regio/index.html").selectFirst(".current-rule").ownText());
    }

    @Test
    void aBasePathInTheSiteUrlPrefixesEveryLink(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, OVERLAPPING.replace("title: Evaluatie\nstatus: gepubliceerd\n---\n-- content/regio/2018-2021/alleen",
                "title: Evaluatie\nstatus: gepubliceerd\n---\nZie [het plan](../2020-2023/evaluatie.md).\n-- content/regio/2018-2021/alleen")
                + "-- site-config.properties --\n" + TestSite.CONFIG.replace("https://test.example.nl",
                "https://test.example.nl/jeugd/"));
        assertEquals(List.of(), TestSite.lines(site.build()));
        Document doc = page(site, "regio/2018-2021/evaluatie/index.html");
        assertEquals("/jeugd/assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://test.example.nl/jeugd/regio/2018-2021/evaluatie/",
                doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/jeugd/regio/2020-2023/evaluatie/", doc.selectFirst(".prose a").attr("href"));
        assertEquals("0; url=/jeugd/regio/2020-2023/",
                page(site, "regio/actueel/index.html").selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void anEnglishSiteUsesTheEnglishTexts(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, OVERLAPPING + "-- site-config.properties --\n"
                + TestSite.CONFIG.replace("site.language = nl", "site.language = en"));
        site.build();
        Document period = page(site, "regio/2018-2021/index.html");
        assertEquals("en", period.selectFirst("html").attr("lang"));
        assertEquals("! You are viewing the period 2018-2021 (adopted). The current period is 2020-2023. "
                + "Go to the current period 2020-2023", period.selectFirst(".period-banner").text());
        assertTrue(period.selectFirst(".facts").text().contains("1 January 2018 to 31 December 2021"),
                period.selectFirst(".facts").text());
    }
}
