package nl.policybake.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;

/** Table and chart blocks: totals checked with exact messages, charts as accessible, deterministic SVG. */
class DataBlocksIT {

    private static final String SITE = """
            -- content/regio/agenda.md --
            ---
            title: Regio
            ---
            -- content/regio/2020-2023/periode.md --
            ---
            title: Plan
            start: 2020-01-01
            end: 2023-12-31
            status: vastgesteld
            ---
            -- content/regio/2020-2023/data/kader.csv --
            Post;Kader;Mutaties;Bijgesteld
            Jeugdzorgplus;4.647.090;-259.620;4.387.470
            LTA;11.780.760;-;11.780.760
            Subtotaal;16.427.850;-259.620;16.168.230
            Veilig Thuis;4.725.133;75.000;4.800.133
            Totaal;21.152.983;-184.620;20.968.363
            -- content/regio/2020-2023/data/zorg.csv --
            Indicator;2017;2018;2019
            Jeugdigen met een zorgtraject;8.139;;9.436
            Jeugdigen in complexe jeugdhulp;1.414;1.200;940
            -- content/regio/2020-2023/monitor.md --
            ---
            title: Monitor
            type: monitor
            status: gepubliceerd
            ---
            ```table
            data: data/kader.csv
            title: Financieel kader
            unit: euro
            sum: Bijgesteld = Kader + Mutaties
            ```

            ```chart
            data: data/zorg.csv
            type: line
            title: Jeugdigen met jeugdhulp
            unit: jeugdigen
            source: CBS
            target: 1.000
            ```
            """;

    @Test
    void aCheckedTableShowsDutchNumbersAndTotals(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        assertEquals(List.of(), TestSite.lines(site.build()));
        Document page = Jsoup.parse(site.page("regio/2020-2023/monitor/index.html"));
        Element table = page.selectFirst("table.data-table");
        assertEquals("Financieel kader (euro)", table.selectFirst("caption").text());
        assertEquals("[Jeugdzorgplus 4.647.090 -259.620 4.387.470, LTA 11.780.760 - 11.780.760, Subtotaal 16.427.850 "
                + "-259.620 16.168.230, Veilig Thuis 4.725.133 75.000 4.800.133, Totaal 21.152.983 -184.620 20.968.363]",
                table.select("tbody tr").eachText().toString());
        assertEquals(2, table.select("tr.total-row").size());
        assertEquals("col", table.selectFirst("thead th").attr("scope"));
        assertEquals("row", table.selectFirst("tbody th").attr("scope"));
    }

    @Test
    void reportsEveryTotalAndSumThatDoesNotAddUpWithTheDifference(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE.replace("Totaal;21.152.983;-184.620;20.968.363",
                "Totaal;21.152.984;-184.620;20.968.363").replace("LTA;11.780.760;-;11.780.760", "LTA;11.780.760;-;11.780.761"));
        assertEquals(List.of(
                "content/regio/2020-2023/data/kader.csv:3:4: 'LTA' in kolom 'Bijgesteld' is 11.780.761, maar de som "
                        + "volgens het blok is 11.780.760 (verschil 1). Verbeter het getal of de regel 'sum:' in het "
                        + "blok, of verklaar het verschil met 'difference:'.",
                "content/regio/2020-2023/data/kader.csv:4:4: 'Subtotaal' in kolom 'Bijgesteld' is 16.168.230, maar de "
                        + "rijen die het afsluit tellen op tot 16.168.231 (verschil -1). Verbeter het getal, of verklaar "
                        + "het verschil in het blok met 'difference: Subtotaal | Bijgesteld | -1 | reden'.",
                "content/regio/2020-2023/data/kader.csv:6:2: 'Totaal' in kolom 'Kader' is 21.152.984, maar de rijen die "
                        + "het afsluit tellen op tot 21.152.983 (verschil 1). Verbeter het getal, of verklaar het verschil "
                        + "in het blok met 'difference: Totaal | Kader | 1 | reden'.",
                "content/regio/2020-2023/data/kader.csv:6:4: 'Totaal' in kolom 'Bijgesteld' is 20.968.363, maar de rijen "
                        + "die het afsluit tellen op tot 20.968.364 (verschil -1). Verbeter het getal, of verklaar het "
                        + "verschil in het blok met 'difference: Totaal | Bijgesteld | -1 | reden'.",
                "content/regio/2020-2023/data/kader.csv:6:4: 'Totaal' in kolom 'Bijgesteld' is 20.968.363, maar de som "
                        + "volgens het blok is 20.968.364 (verschil -1). Verbeter het getal of de regel 'sum:' in het "
                        + "blok, of verklaar het verschil met 'difference:'."),
                TestSite.lines(site.build()));
    }

    @Test
    void aDeclaredDifferenceIsShownUnderTheTable(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE.replace("Totaal;21.152.983;-184.620;20.968.363",
                "Totaal;21.152.984;-184.620;20.968.363").replace("sum: Bijgesteld = Kader + Mutaties",
                "difference: Totaal | Kader | 1 | afronding in de bron"));
        assertEquals(List.of(), TestSite.lines(site.build()));
        assertTrue(Jsoup.parse(site.page("regio/2020-2023/monitor/index.html")).selectFirst(".table-notes").text()
                .startsWith("Verschil in Totaal, Kader: 1. afronding in de bron"));
    }

    @Test
    void reportsBadNumbersAndBlocksWithTheirPlace(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE.replace("LTA;11.780.760;-;11.780.760", "LTA;11.780.760;12abc;1.5")
                .replace("type: line", "type: taart\nrows: Onbekend"));
        assertEquals(List.of(
                "content/regio/2020-2023/data/kader.csv:3:3: '12abc' in kolom 'Mutaties' is geen getal. Schrijf een getal "
                        + "als 4.647.090, 257,30, 19% of € 1.234,56, of laat de cel leeg (of n.v.t., PM, -) als er geen "
                        + "waarde is.",
                "content/regio/2020-2023/data/kader.csv:3:4: '1.5' in kolom 'Bijgesteld' is dubbelzinnig: in een "
                        + "Nederlandse tabel kan het één komma iets of duizenden zijn. Schrijf decimalen met een komma "
                        + "(1,5) en duizendtallen met drie cijfers na de punt (1.500).",
                "content/regio/2020-2023/monitor.md:15: onbekend grafiektype 'taart'. Gebruik line, bar, grouped-bar, "
                        + "stacked-bar.",
                "content/regio/2020-2023/monitor.md:16: de rij 'Onbekend' bestaat niet in het gegevensbestand (wel: "
                        + "Jeugdigen met een zorgtraject, Jeugdigen in complexe jeugdhulp). Schrijf de rijnaam zoals in de "
                        + "eerste kolom van het bestand."), TestSite.lines(site.build()));
    }

    @Test
    void aChartIsAnAccessibleDeterministicSvgWithItsDataAndText(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.build();
        String html = site.page("regio/2020-2023/monitor/index.html");
        Document page = Jsoup.parse(html);
        Element figure = page.selectFirst("figure.chart");
        Element svg = figure.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        String id = svg.id();
        assertEquals(id + "-title " + id + "-desc", svg.attr("aria-labelledby"));
        assertEquals("Jeugdigen met jeugdhulp", svg.selectFirst("title").text());
        String desc = "Jeugdigen met jeugdhulp (jeugdigen). Jeugdigen met een zorgtraject: van 8.139 in 2017 naar 9.436 "
                + "in 2019, een stijging van 16%. Geen gegevens voor 2018. Jeugdigen in complexe jeugdhulp: van 1.414 in "
                + "2017 naar 940 in 2019, een daling van 34%.";
        assertEquals(desc, svg.selectFirst("desc").text());
        assertEquals(desc, figure.selectFirst(".chart-description").text());
        Document svgDoc = Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser());
        List<String> texts = svgDoc.select("text").eachText();
        // the unit on the rotated axis is drawn as an outline, so it is not a <text>; the desc carries it
        for (String expected : List.of("2017", "2018", "2019", "Jeugdigen met een zorgtraject",
                "Jeugdigen in complexe jeugdhulp", "1.000", "8.000")) {
            assertTrue(texts.contains(expected), expected + " not in " + texts);
        }
        assertEquals("[Jeugdigen met een zorgtraject 8.139 geen gegevens 9.436, Jeugdigen in complexe jeugdhulp 1.414 "
                + "1.200 940]", figure.select("details tbody tr").eachText().toString());
        assertEquals("/regio/2020-2023/data/zorg.csv", figure.selectFirst("details a[download]").attr("href"));
        assertEquals("Bron: CBS", figure.selectFirst(".chart-source").text());

        byte[] first = Files.readAllBytes(site.output().resolve("regio/2020-2023/monitor/index.html"));
        site.build();
        Files.writeString(site.output().resolve("x.txt"), "");
        TestSite again = TestSite.of(dir.resolve("again"), SITE);
        again.build();
        assertEquals(new String(first, StandardCharsets.UTF_8),
                Files.readString(again.output().resolve("regio/2020-2023/monitor/index.html")));
        Document monitor = Jsoup.parse(again.page("regio/monitor/index.html"));
        assertTrue(monitor.select("figure.chart svg").size() == 1, "the agenda's monitor page gathers the chart");
        Document document = Jsoup.parse(again.page("regio/2020-2023/monitor/index.html"));
        assertEquals(document.selectFirst("figure.chart").outerHtml(), monitor.selectFirst("figure.chart").outerHtml(),
                "the monitor page shows the chart as the document does, ids included");
    }

    @Test
    void theDownloadIsSafeToOpenInExcel(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE.replace("Jeugdzorgplus;", "=HYPERLINK(\"x\");"));
        assertEquals(List.of(), TestSite.lines(site.build()));
        String csv = Files.readString(site.output().resolve("regio/2020-2023/data/kader.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\";\"4.647.090\";\"-259.620\";\"4.387.470\""), csv);
    }
}
