package nl.policybake.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

/** Our abbreviation and autolink post-processors must give exactly what flexmark's own give. */
class AbbreviationsTest {

    private static final String ABBRS = """
            *[VNG]: Vereniging van Nederlandse Gemeenten
            *[JGZ]: Jeugdgezondheidszorg
            *[JGZplus]: Jeugdgezondheidszorg plus
            *[C&J]: Cultuur en Jeugd
            *[(x)]: haakjes
            *[2020]: het jaar
            *[A_B]: onderstreept
            *[€norm]: de euronorm
            *[Één]: met een accent

            """;

    @Test
    void marksTheSameAbbreviationsAsFlexmark() {
        for (String text : List.of(
                "De VNG en de JGZ, ook JGZplus en JGZpluss en xJGZ en JGZ_ en _JGZ.",
                "VNG\\*s en \\VNG en VNG&amp;JGZ en C&J en C&amp;J en (x) en a(x)b.",
                "Anno 2020 en 20201 en 2020e en é2020 en 2020é en JGZ\u0301 en e\u0301VNG.",
                "*VNG* en **JGZ** en `VNG` en [VNG](https://vng.nl) en A_B en xA_B.",
                "| VNG | JGZ |\n|---|---|\n| JGZplus | 2020 |",
                "Zie www.vng.nl, https://example.org/VNG of info@vng.nl -- \"VNG\" en VNG... en mailto:a@b.nl.",
                "Een `code` -- en -- VNG--JGZ en www--VNG.nl en http&#58;//x.nl en WWW.VNG.NL.",
                "De €norm en x€norm en €normen, Één en ééÉén en Één2 en ~Één.",
                "VNG: https://a.nl/VNG en www.b.nl/JGZ, dan x@y.nl en VNG en https://c.nl/x. (https://d.nl/VNG) VNG",
                "\"https://a.nl\" en 'www.vng.nl' -- VNG... en \"VNG\" en 'JGZ'.",
                "# Kop met VNG en www.vng.nl\n\n> VNG in een citaat, https://x.nl/JGZ\n\n- VNG\n  - JGZ www.jgz.nl",
                "[*VNG* en JGZ](https://x.nl) en [zie www.vng.nl](https://y.nl) en ![VNG](x.png) en "
                        + "<https://z.nl/VNG>.\n\nVNG",
                "<span>VNG</span> en VNG&nbsp;JGZ en https&#58;//x.nl en ftp://x.nl/VNG en mailto:a@b.nl VNG.",
                "VNG in de tekst[^1] en https://a.nl[^2].\n\n[^1]: VNG en www.vng.nl in een noot.\n[^2]: JGZ.",
                "| VNG | https://a.nl/VNG |\n|---|---|\n| www.jgz.nl | JGZ en x@y.nl |",
                "**VNG https://a.nl** en _www.b.nl VNG_ en `https://c.nl` en VNG\nhttps://d.nl\nVNG")) {
            String markdown = ABBRS + text + "\n";
            String flexmarks = html(markdown, AbbreviationExtension.create(), AutolinkExtension.create());
            assertTrue(flexmarks.contains("<abbr title="), flexmarks);
            assertEquals(flexmarks, html(markdown, new Abbreviations(), new LinkCandidates()), text);
        }
    }

    /**
     * flexmark's classifier leaves out every later sibling of an excluded node without children: the node's "do not
     * decorate" mark is set on its parent's state and stays there. An empty fenced block (a block marker such as
     * {@code ```actielijnen} without options) did that to the rest of the document; {@code <https://...>} and an
     * empty link to the rest of their paragraph. Ours looks at a text's ancestors only, so those abbreviations are
     * marked like any other.
     */
    @Test
    void marksTheTextAfterAnEmptyBlockOrLinkThatFlexmarkLeavesOut() {
        String markdown = ABBRS + "```actielijnen\n```\n\nDe VNG.\n\n"
                + "<https://vng.nl> en *VNG*, [](https://leeg.nl) JGZ.\n";
        String vng = "<abbr title=\"Vereniging van Nederlandse Gemeenten\">VNG</abbr>";
        String jgz = "<abbr title=\"Jeugdgezondheidszorg\">JGZ</abbr>";
        String block = "<pre><code class=\"language-actielijnen\"></code></pre>\n";
        String link = "<a href=\"https://vng.nl\">https://vng.nl</a>";
        String empty = "<a href=\"https://leeg.nl\"></a>";
        assertEquals(block + "<p>De VNG.</p>\n<p>" + link + " en <em>VNG</em>, " + empty + " JGZ.</p>\n",
                html(markdown, AbbreviationExtension.create(), AutolinkExtension.create()));
        assertEquals(block + "<p>De " + vng + ".</p>\n<p>" + link + " en <em>" + vng + "</em>, " + empty + " " + jgz
                + ".</p>\n", html(markdown, new Abbreviations(), new LinkCandidates()));
    }

    private static String html(String markdown, Extension abbreviations, Extension links) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(abbreviations, TypographicExtension.create(), links, TablesExtension.create(),
                        FootnoteExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
