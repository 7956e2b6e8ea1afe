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

/** Action-line pages across two periods: overview, line pages with history, comparison, partners and blocks. */
class ActionPagesIT {

    private static final String SITE = """
            -- content/regio/agenda.md --
            ---
            title: Regio
            ---
            -- content/regio/2018-2021/periode.md --
            ---
            title: Oud
            start: 2018-01-01
            end: 2021-12-31
            status: afgerond
            ---
            -- content/regio/2018-2021/actielijnen.csv --
            Actielijn;Titel;Resultaat;Partners;Status
            1;Preventie;Richtlijn;GGD;groen
            2;Toegang;Wachttijd;Gemeenten;rood
            3;Inkoop;Contract;;geel
            -- content/regio/2022-2025/periode.md --
            ---
            title: Nieuw
            start: 2022-01-01
            end: 2025-12-31
            status: vastgesteld
            ---
            -- content/regio/2022-2025/actielijnen.csv --
            Actielijn;Titel;Resultaat;Partners;Schaal;Jaar;Status;Vervolg op
            A;Preventie;Richtlijn;GGD, scholen;regionaal;2022;geel;1
            A;;Monitor;;lokaal;2024 >;;
            B;Toegang;Kortere wachttijd;Gemeenten;subregionaal;2023;;2
            C;Jeugdzorgplus;Plaatsen;Zorgaanbieders;regionaal;2022;onbekend;
            -- content/regio/2022-2025/actielijnen/A.md --
            Preventie blijft de basis.
            -- content/regio/2022-2025/plan.md --
            ---
            title: Plan
            status: gepubliceerd
            ---
            ## Regionaal

            ```actielijnen
            schaal: regionaal
            ```

            ## Alleen B

            ```actielijnen
            actielijn: B
            ```
            """;

    private static Document page(TestSite site, String path) {
        return Jsoup.parse(site.page(path));
    }

    @Test
    void comparesAPeriodWithThePreviousOne(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        assertEquals(List.of(), TestSite.lines(site.build()));
        Document compare = page(site, "regio/2022-2025/vergelijking/index.html");
        assertEquals(List.of("gewijzigd A Preventie 1 Preventie", "gewijzigd B Toegang 2 Toegang", "nieuw C Jeugdzorgplus",
                "beëindigd 3 Inkoop"), compare.select("tbody tr").eachText());
        assertEquals("[nieuw 1, voortgezet 0, gewijzigd 2, beëindigd 1]",
                compare.select(".status-counts li").eachText().toString());
    }

    @Test
    void anActionLinePageShowsItsProseRowsAndHistory(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        site.build();
        Document line = page(site, "regio/2022-2025/actielijnen/a/index.html");
        assertEquals("A Preventie", line.selectFirst("h1").text());
        assertEquals("Preventie blijft de basis.", line.selectFirst(".prose").text());
        assertEquals(2, line.select("table.action-table tbody tr").size());
        assertEquals(List.of("2018-2021: 1 Preventie ● groen 1", "2022-2025: A Preventie ▲ geel 1 ○ nog niet beoordeeld 1"),
                line.select(".history > li").eachText());
        assertEquals("/regio/2018-2021/actielijnen/1/", line.selectFirst(".history a").attr("href"));
    }

    @Test
    void theOverviewCarriesEverythingTheFiltersNeed(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        site.build();
        Document overview = page(site, "regio/2022-2025/actielijnen/index.html");
        assertEquals(4, overview.select(".action-section tbody tr").size());
        assertEquals("[geel, nog-niet-beoordeeld, onbekend]",
                overview.select("#filter-status option[value~=.]").eachAttr("value").toString());
        assertEquals("[regionaal, subregionaal, lokaal]",
                overview.select("#filter-schaal option[value~=.]").eachAttr("value").toString());
        assertEquals("2024 2025", overview.select(".action-section tbody tr").get(1).attr("data-years"));
        assertEquals("GGD|scholen", overview.select(".action-section tbody tr").get(0).attr("data-partners"));
        assertTrue(overview.selectFirst("script[src=/assets/actielijnen.js][defer]") != null);
    }

    @Test
    void blocksInADocumentShowTheFilteredRows(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        site.build();
        Document plan = page(site, "regio/2022-2025/plan/index.html");
        List<org.jsoup.nodes.Element> tables = plan.select("table.action-table");
        assertEquals(2, tables.size());
        assertEquals("Actielijnen 2022-2025", tables.get(0).selectFirst("caption").text());
        assertEquals(List.of("A Preventie Richtlijn GGD, scholen regionaal 2022 ▲ geel",
                "C Jeugdzorgplus Plaatsen Zorgaanbieders regionaal 2022 ? onbekend"),
                tables.get(0).select("tbody tr").eachText());
        assertEquals("/regio/2022-2025/actielijnen/b/", tables.get(1).selectFirst("caption a").attr("href"));
        assertEquals(1, tables.get(1).select("tbody tr").size());
    }

    @Test
    void thePartnerIndexListsEachPartnerOnce(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        site.build();
        Document partners = page(site, "regio/2022-2025/partners/index.html");
        assertEquals(List.of("Gemeenten", "GGD", "scholen", "Zorgaanbieders"),
                partners.select(".partner-index dt").eachText());
    }

    @Test
    void theSwitcherLeadsToTheSameActionLineOnlyWhereItExists(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        site.build();
        Document dashboard = page(site, "regio/2022-2025/dashboard/index.html");
        assertEquals(List.of("/regio/2018-2021/dashboard/", "/regio/2022-2025/dashboard/"),
                dashboard.select(".period-switcher a").eachAttr("href"));
        Document line = page(site, "regio/2022-2025/actielijnen/a/index.html");
        assertEquals("/regio/2018-2021/", line.select(".period-switcher a").get(0).attr("href"));
    }

    @Test
    void reportsAContinuationThatLeadsNowhere(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE.replace("B;Toegang;Kortere wachttijd;Gemeenten;subregionaal;2023;;2",
                "B;Toegang;Kortere wachttijd;Gemeenten;subregionaal;2023;;9"));
        assertEquals(List.of("content/regio/2022-2025/actielijnen.csv:4: 'Vervolg op' van actielijn 'B' is '9', maar "
                + "die actielijn bestaat niet in de vorige periode (2018-2021). Schrijf het nummer uit de vorige periode, "
                + "of 'periode/nummer' zoals 2018-2021/3.2."), TestSite.lines(site.build()));
    }

    @Test
    void theSiteConfigMayRenameStatusLabels(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE + "-- site-config.properties --\n" + TestSite.CONFIG
                + "status.geel = Op koers, met zorgen\n");
        assertEquals(List.of(), TestSite.lines(site.build()));
        Document line = page(site, "regio/2022-2025/actielijnen/a/index.html");
        assertEquals("▲ Op koers, met zorgen", line.selectFirst("td .status-badge").text());
    }

    @Test
    void reportsBlocksAndProseThatNameNoActionLine(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE
                + "-- content/regio/2022-2025/actielijnen/Z.md --\nOnbekend.\n"
                + "-- content/regio/2022-2025/fout.md --\n---\ntitle: Fout\nstatus: gepubliceerd\n---\n"
                + "```actielijnen\nactielijn: A, Q\nstatus: paars\nkleur: rood\n```\n"
                + "-- content/index.md --\n---\ntitle: Start\n---\n```actielijnen\n```\n");
        assertEquals(List.of(
                "content/index.md:4: een 'actielijnen'-blok kan alleen in een document van een periode met actielijnen "
                        + "staan. Zet het blok in een document van die periode of voeg een actielijnen.csv toe.",
                "content/regio/2022-2025/actielijnen/Z.md: deze tekst hoort bij actielijn 'Z', maar die staat niet in "
                        + "content/regio/2022-2025/actielijnen.csv. Noem het bestand naar een bestaand nummer, "
                        + "bijvoorbeeld 5.1.md, of voeg de actielijn toe aan de tabel.",
                "content/regio/2022-2025/fout.md:6: actielijn 'Q' bestaat niet in deze periode (wel: A, B, C). "
                        + "Gebruik een nummer uit actielijnen.csv van deze periode.",
                "content/regio/2022-2025/fout.md:7: onbekende status 'paars'. Gebruik groen, geel, rood, nog niet "
                        + "beoordeeld of onbekend.",
                "content/regio/2022-2025/fout.md:8: onbekende regel 'kleur' in het blok. Gebruik actielijn, status, "
                        + "schaal, jaar, thema, elk als 'sleutel: waarde'."), TestSite.lines(site.build()));
    }
}
