package nl.policybake.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
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
                "De €norm en x€norm en €normen, Één en ééÉén en Één2 en ~Één.")) {
            String markdown = ABBRS + text + "\n";
            assertEquals(html(markdown, AbbreviationExtension.create(), AutolinkExtension.create()),
                    html(markdown, new Abbreviations(), new LinkCandidates()), text);
        }
    }

    private static String html(String markdown, Extension abbreviations, Extension links) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(abbreviations, TypographicExtension.create(), links,
                        com.vladsch.flexmark.ext.tables.TablesExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
