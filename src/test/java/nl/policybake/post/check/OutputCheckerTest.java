package nl.policybake.post.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

/** Each kind of problem the publishing gate finds in built pages, with its exact message. */
class OutputCheckerTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);

    private List<String> check(String... pathsAndHtml) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            files.put(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
            origins.put(pathsAndHtml[i], "content/" + pathsAndHtml[i].replace("/index.html", ".md"));
        }
        files.put("assets/style.css", new byte[0]);
        new OutputChecker(diags, "").check(files, origins);
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body>"
                + body + "</body></html>";
    }

    @Test
    void aGoodPagePasses() {
        assertEquals(List.of(), check("plan/index.html", page("<h1 id=\"t\">Plan</h1><h2 id=\"a\">A</h2>"
                + "<a href=\"#a\">a</a> <a href=\"/plan/#a\">a</a> <a href=\"https://www.vng.nl/\">VNG</a>"
                + "<table><caption>C</caption><tr><th scope=\"col\">X</th></tr></table><img src=\"/assets/style.css\" alt=\"\">")));
    }

    @Test
    void reportsBrokenLinksAndAnchorsAtThePagesSource() {
        assertEquals(List.of(
                "content/plan.md: de externe link 'https:///x' op de pagina 'plan/index.html' is geen geldig webadres. "
                        + "Schrijf het volledige adres, met https:// ervoor.",
                "content/plan.md: de link '/elders/' op de pagina 'plan/index.html' leidt naar geen pagina of bestand "
                        + "van de site. Verbeter de link; links in Markdown schrijft u naar het .md-bestand.",
                "content/plan.md: de link '/plan/#weg' op de pagina 'plan/index.html' wijst naar een plek die op die "
                        + "pagina niet bestaat. Controleer de naam na het #-teken tegen de koppen van die pagina."),
                check("plan/index.html", page("<h1>P</h1><a href=\"/elders/\">x</a><a href=\"/plan/#weg\">y</a>"
                        + "<a href=\"https:///x\">z</a>")));
    }

    @Test
    void reportsAccessibilityProblems() {
        assertEquals(List.of(
                "content/x.md: de afbeelding 'kaart.png' op de pagina 'x/index.html' heeft geen tekstalternatief. Geef "
                        + "de afbeelding een beschrijving, in Markdown tussen de vierkante haken: ![beschrijving](bestand.png).",
                "content/x.md: de kopcel 'Jaar' op de pagina 'x/index.html' zegt niet of zij een rij of kolom kopt. "
                        + "Geef de kopcel scope=\"col\" of scope=\"row\" in de template van het thema.",
                "content/x.md: de link 'kaart.png' op de pagina 'x/index.html' leidt naar geen pagina of bestand van de "
                        + "site. Verbeter de link; links in Markdown schrijft u naar het .md-bestand.",
                "content/x.md: de pagina 'x/index.html' heeft het id 'a' meer dan eens. Geef koppen met dezelfde tekst "
                        + "een andere naam, of meld het als fout in het thema.",
                "content/x.md: de pagina 'x/index.html' zegt niet in welke taal zij is. Zet lang=\"...\" op het "
                        + "html-element in de template van het thema.",
                "content/x.md: een tabel op de pagina 'x/index.html' heeft geen bijschrift ('Jaar 2020'). Zet een regel "
                        + "[Tabel 1: ...] direct onder de tabel.",
                "content/x.md: op de pagina 'x/index.html' volgt een h4 direct op een h2: 'Diep'. Sla geen kopniveau "
                        + "over: gebruik ## en ### in volgorde."),
                check("x/index.html", "<html><body><h1>X</h1><h2 id=\"a\">A</h2><h4 id=\"a\">Diep</h4>"
                        + "<img src=\"kaart.png\"><table><tr><th>Jaar</th></tr><tr><td>2020</td></tr></table>"
                        + "</body></html>"));
    }

    @Test
    void reportsWhatAStrictContentSecurityPolicyWouldBlock() {
        assertEquals(List.of(
                "content/x.md: de pagina 'x/index.html' heeft een p style in de HTML, die een strikte "
                        + "Content-Security-Policy blokkeert. Zet scripts en opmaak in bestanden onder static/ van het thema.",
                "content/x.md: de pagina 'x/index.html' heeft een script in de HTML, die een strikte "
                        + "Content-Security-Policy blokkeert. Zet scripts en opmaak in bestanden onder static/ van het thema."),
                check("x/index.html", page("<h1>X</h1><script>alert(1)</script><p style=\"color:red\">rood</p>"
                        + "<svg><rect style=\"fill:red\"/></svg>")));
    }
}
