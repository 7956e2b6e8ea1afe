package nl.policybake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.parse.data.DataBlockOptions;
import nl.policybake.model.Body;
import nl.policybake.model.TocEntry;

class MarkdownRendererTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
    private final LinkTargets targets = new LinkTargets("",
            Map.of("content/regio/2020-2023/plan.md", "/regio/2020-2023/plan/"),
            Set.of("/regio/2020-2023/plan/", "/regio/", "/regio/2020-2023/bijlage.pdf"), Set.of());

    private Body render(SiteConfig.RawHtmlPolicy policy, String md) {
        return new MarkdownRenderer(policy).render("content/regio/2020-2023/evaluatie.md", md, 5, targets,
                BlockScope.none(new DataBlockOptions("nl", diags)), diags);
    }

    @Test
    void rendersTablesWithCaptionFootnotesAbbreviationsAndQuotes() {
        String html = render(SiteConfig.RawHtmlPolicy.ESCAPE, """
                De RIOZ zegt "goed"[^1].

                | Jaar | Aantal |
                |---|--:|
                | 2017 | 8.139 |
                [Tabel 1: Jeugdigen]

                [^1]: Bron: CBS.

                *[RIOZ]: Regionaal Inkoop- en Ondersteuningsbureau Zorg
                """).html();
        assertTrue(html.contains("<abbr title=\"Regionaal Inkoop- en Ondersteuningsbureau Zorg\">RIOZ</abbr>"), html);
        assertTrue(html.contains("&ldquo;goed&rdquo;"), html);
        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\"><table>"), html);
        assertTrue(html.contains("<caption>Tabel 1: Jeugdigen</caption>"), html);
        assertTrue(html.contains("<td align=\"right\">8.139</td>"), html);
        assertTrue(html.contains("class=\"footnotes\""), html);
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void putsATablesCaptionFirstAsHtmlRequires() {
        String html = render(SiteConfig.RawHtmlPolicy.ESCAPE, "| a |\n|---|\n| 1 |\n[Tabel 1: Som]\n\n| b |\n|---|\n| 2 |\n").html();
        assertTrue(html.contains("<table>\n<caption>Tabel 1: Som</caption>\n<thead>")
                || html.contains("<table><caption>Tabel 1: Som</caption>"), html);
        assertFalse(html.contains("</tbody>\n<caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">b</th>"), "a table without caption is left as it was: " + html);
    }

    @Test
    void givesHeadingsUniquePortableIdsAndATableOfContents() {
        Body body = render(SiteConfig.RawHtmlPolicy.ESCAPE, "## Cliënt & ouders\n\n### Doelen\n\n## Doelen\n\n#### Diep\n");
        assertEquals(List.of(new TocEntry(2, "client-ouders", "Cliënt & ouders"), new TocEntry(3, "doelen", "Doelen"),
                new TocEntry(2, "doelen-2", "Doelen"), new TocEntry(4, "diep", "Diep")), body.toc());
        assertTrue(body.html().contains("<h2 id=\"doelen-2\">Doelen</h2>"), body.html());
    }

    @Test
    void escapesRawHtmlByDefault() {
        String html = render(SiteConfig.RawHtmlPolicy.ESCAPE, "<script>alert(1)</script>\n\nTekst <b onclick=x>vet</b>\n")
                .html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void sanitisesRawHtmlWhenAllowed() {
        String html = render(SiteConfig.RawHtmlPolicy.SANITIZE,
                "Tekst <b onclick=\"x()\">vet</b> <script>alert(1)</script><iframe src=\"https://x\"></iframe>\n").html();
        assertTrue(html.contains("<b>vet</b>"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("iframe"), html);
    }

    @Test
    void sanitisingKeepsTheSitesOwnLinksAnchorsAndFootnotes() {
        String html = render(SiteConfig.RawHtmlPolicy.SANITIZE, """
                ## Doel

                Zie [het plan](plan.md#doel), [de agenda](/regio), [hier](#doel), [buiten](https://example.org/a)
                en <a href="javascript:alert(1)">dit</a>.[^1]

                [^1]: Bron: [bijlage](bijlage.pdf).
                """).html();
        assertTrue(html.contains("<a href=\"/regio/2020-2023/plan/#doel\">het plan</a>"), html);
        assertTrue(html.contains("<a href=\"/regio/\">de agenda</a>"), html);
        assertTrue(html.contains("<a href=\"#doel\">hier</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a\">buiten</a>"), html);
        assertTrue(html.contains("href=\"#fn-1\">1</a>"), html);
        assertTrue(html.contains("href=\"#fnref-1\""), html);
        assertTrue(html.contains("<a href=\"/regio/2020-2023/bijlage.pdf\">bijlage</a>"), html);
        assertFalse(html.contains("javascript"), html);
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void rewritesLinksToSourceFilesAndReportsBrokenOnesWithTheirLine() {
        String html = render(SiteConfig.RawHtmlPolicy.ESCAPE,
                "[plan](plan.md#doel) [pdf](bijlage.pdf) [agenda](/regio)\n\n[weg](weg.md)\n").html();
        assertTrue(html.contains("href=\"/regio/2020-2023/plan/#doel\""), html);
        assertTrue(html.contains("href=\"/regio/2020-2023/bijlage.pdf\""), html);
        assertTrue(html.contains("href=\"/regio/\""), html);
        assertEquals(List.of("content/regio/2020-2023/evaluatie.md:7: de link 'weg.md' leidt naar geen pagina of "
                + "bestand van de site. Link naar het .md-bestand, bijvoorbeeld '../2018-2021/evaluatie.md', of naar "
                + "een adres als '/agenda/2020-2023/'."), diags.sorted().stream().map(Diagnostic::format).toList());
    }
}
