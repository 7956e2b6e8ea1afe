package nl.policybake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.policybake.bench.SyntheticSite;
import nl.policybake.config.SiteConfig;
import nl.policybake.config.SiteConfigParser;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Agenda;
import nl.policybake.model.Document;
import nl.policybake.model.Page;
import nl.policybake.model.Period;
import nl.policybake.model.Site;
import nl.policybake.model.actions.ActionLine;
import nl.policybake.parse.MarkdownRenderer.Writer;
import nl.policybake.parse.data.DataBlockOptions;

/**
 * {@link nl.policybake.parse.markdown.BodyHtml} against its oracle, flexmark's own renderer (with the fix-ups {@link MarkdownRenderer} applies to
 * its output): the same HTML, byte for byte, for every body of the sample site and of a synthetic site, for awkward
 * Markdown, and under both raw-HTML policies. Where {@code BodyHtml} does not write a body it says so, and
 * flexmark writes it.
 */
class BodyHtmlTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
    private final LinkTargets targets = new LinkTargets("",
            Map.of("content/regio/2020-2023/plan.md", "/regio/2020-2023/plan/"),
            Set.of("/regio/2020-2023/plan/", "/regio/"), Set.of());

    @Test
    void writesEveryBodyOfTheSampleSiteAsFlexmarkDoes() {
        Map<String, String> own = bodies(Path.of("."), Writer.BODY_HTML_ONLY);
        assertSameBodies(bodies(Path.of("."), Writer.FLEXMARK_ONLY), own);
        assertTrue(own.size() >= 60, own.size() + " bodies");
        assertTrue(own.values().stream().anyMatch(html -> html.contains("<caption>")), "no table with a caption");
        assertTrue(own.values().stream().anyMatch(html -> html.contains("footnote-backref")), "no footnote");
    }

    @Test
    void writesEveryBodyOfASyntheticSiteAsFlexmarkDoes(@TempDir Path dir) throws IOException {
        new SyntheticSite(200, SyntheticSite.DEFAULT_SEED, Path.of("themes", "default")).write(dir);
        Map<String, String> own = bodies(dir, Writer.BODY_HTML_ONLY);
        assertSameBodies(bodies(dir, Writer.FLEXMARK_ONLY), own);
        assertTrue(own.size() >= 130, own.size() + " bodies");
        assertTrue(own.values().stream().anyMatch(html -> html.contains("\uE000")), "no block marker");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "*[RIOZ]: Regionaal Inkoop- en Ondersteuningsbureau Zorg\n",
        "# Titel\n\nTekst *schuin* en **vet** en `code  met  <ruimte> & \"aanhalingen\"`.\n",
        "Kop\n===\n\nOnder\n---\n\n## Doel `x` [link](/regio/)\n\n## Doel\n",
        "* een\n* twee\n  * diep\n  * dieper\n* drie\n",
        "* los\n\n* lijst\n\n  met alinea\n\n3. begint\n4. bij drie\n\n1. gewoon\n",
        "> citaat met *nadruk*\n>\n> - en een lijst\n> - van twee\n",
        "Escapes: \\* \\_ \\\\ &amp; &eacute; &#65; &#x41; &bogus; < > \" ' & \u00a0 tab\there\n",
        "Zacht  \nhard\\\neinde\nen zacht \nmet spatie\n",
        "Links [met titel](/regio/ \"T & 'q'\") [leeg](/regio/ \"\") [anker](#doel) "
                + "[a&b](/x?a=1&b=2&amp;c=3)\n\n## Doel\n",
        "Auto <https://example.org/a?b=1&c=2> https://x.nl/pad, www.jeugd.nl en info@regio.nl <mail@regio.nl>.\n",
        "Quotes \"dubbel\" en 'enkel', het 'is' 5\" -- --- ... << >> en `'code'`.\n",
        "| Jaar | Aantal | Noot |\n|:--|--:|:-:|\n| 2017 | 8.139 |\n| 2018 | 8.200 | ok | extra |\n"
                + "[Tabel *1*: Jeugdigen & RIOZ]\n\n*[RIOZ]: A &amp; B \"C\"\n",
        "| alleen | kop |\n|---|---|\n\n| a `|` b | c |\n|---|---|\n| 1 | 2 |\n",
        "Voetnoot[^1] en nog eens[^1] en [^2], niet gebruikt [^3]?\n\n[^1]: Eerste.\n[^2]: Tweede\n\n"
                + "    met alinea\n\n    - en lijst\n\n[^3]: Derde.\n[^4]: Ongebruikt.\n",
        "```\nzonder taal <b>\n```\n\n~~~ chart extra woorden\ndata: x.csv\n~~~\n\n```table\n& \"quote\"\n```\n",
        "Tekst\n\n    inspringen <b> &amp;\n    tweede\n\n\n\nNa\n",
        "---\n\n***\n\nTussen\n\n___\n",
        "Regels\r\nmet CRLF\r\n\r\n* lijst\r\n* twee\r\n",
        "Privé \uE000 teken en \uD83D\uDE00 emoji, ﬁ ligatuur.\n",
        "1. a\n\n   ```\n   code in lijst\n   ```\n2. b\n   > citaat\n",
        "RIOZ in [link RIOZ](/regio/) en ## kop RIOZ\n\n## RIOZ & co\n\n| RIOZ |\n|---|\n| RIOZ |\n\n"
                + "*[RIOZ]: Regionaal\n",
    })
    void writesAwkwardMarkdownAsFlexmarkDoes(String markdown) {
        for (SiteConfig.RawHtmlPolicy policy : SiteConfig.RawHtmlPolicy.values()) {
            assertEquals(render(policy, Writer.FLEXMARK_ONLY, markdown),
                    render(policy, Writer.BODY_HTML_ONLY, markdown), policy + ": " + markdown);
        }
    }

    /** What BodyHtml leaves to flexmark: raw HTML, images, reference links, undefined footnotes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<div>\n  <p>ingesprongen</p>\n</div>\n",
        "Tekst <b onclick=x>vet</b> en <!-- opmerking -->.\n",
        "![grafiek](beeld.png \"titel\")\n",
        "[verwijzing][ref]\n\n[ref]: /regio/ \"Titel\"\n",
        "- [ ] geen taak\n- gewoon\n",
        "Zonder definitie[^x] en met[^1].\n\n[^1]: Wel.\n",
    })
    void leavesOtherNodesToFlexmark(String markdown) {
        for (SiteConfig.RawHtmlPolicy policy : SiteConfig.RawHtmlPolicy.values()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> render(policy, Writer.BODY_HTML_ONLY, markdown));
            assertEquals("BodyHtml fell back", e.getMessage());
            assertEquals(render(policy, Writer.FLEXMARK_ONLY, markdown),
                    render(policy, Writer.BODY_HTML_OR_FLEXMARK, markdown), policy + ": " + markdown);
        }
    }

    @ParameterizedTest
    @EnumSource(SiteConfig.RawHtmlPolicy.class)
    void wrapsTablesInTheirScrollingBoxWithTheCaptionFirst(SiteConfig.RawHtmlPolicy policy) {
        assertEquals("<div class=\"table-scroll\" tabindex=\"0\"><table><caption>Tabel 1: Som</caption>\n<thead>\n"
                        + "<tr><th scope=\"col\">a</th><th align=\"right\" scope=\"col\">b</th></tr>\n</thead>\n"
                        + "<tbody>\n<tr><td>1</td><td align=\"right\">2</td></tr>\n</tbody>\n</table></div>\n",
                render(policy, Writer.BODY_HTML_ONLY, "| a | b |\n|---|--:|\n| 1 | 2 |\n[Tabel 1: Som]\n"));
    }

    /** Names the first body that differs and shows where, rather than printing every body of the site. */
    private static void assertSameBodies(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String source : expected.keySet()) {
            String e = expected.get(source);
            String a = actual.get(source);
            int at = 0;
            while (at < Math.min(e.length(), a.length()) && e.charAt(at) == a.charAt(at)) at++;
            int from = Math.max(0, at - 60);
            assertEquals(e, a, source + " differs at " + at + ": flexmark '"
                    + e.substring(from, Math.min(e.length(), at + 60)) + "', BodyHtml '"
                    + a.substring(from, Math.min(a.length(), at + 60)) + "'");
        }
    }

    private String render(SiteConfig.RawHtmlPolicy policy, Writer writer, String markdown) {
        return new MarkdownRenderer(policy, writer).render("content/regio/2020-2023/evaluatie.md", markdown, 5,
                targets, BlockScope.none(new DataBlockOptions("nl", diags)), diags).html();
    }

    /** The rendered body of every source of the site in {@code root}, drafts included, by source path. */
    private static Map<String, String> bodies(Path root, Writer writer) {
        SiteLoader loader = new SiteLoader(root);
        Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
        SourceFile configFile = loader.config(diags).orElseThrow();
        SiteConfig config = new SiteConfigParser().parse(SiteConfigParser.decode(configFile.bytes()), diags);
        Site site = new ContentParser(config, true, diags, ParseCache.none(),
                new MarkdownRenderer(config.rawHtml(), writer)).parse(loader.content(diags));
        assertEquals(List.of(), diags.sorted());
        Map<String, String> bodies = new TreeMap<>();
        for (Page page : site.pages()) bodies.put(page.source(), page.body().html());
        for (Agenda agenda : site.agendas()) {
            bodies.put(agenda.source(), agenda.body().html());
            for (Period period : agenda.periods()) {
                bodies.put(period.source(), period.body().html());
                for (Document doc : period.documents()) bodies.put(doc.source(), doc.body().html());
                for (ActionLine line : period.actionLines()) {
                    bodies.put(line.source() + " " + line.id(), line.prose().html());
                }
            }
        }
        return bodies;
    }
}
