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
import nl.policybake.load.SourceFile;

/** Each kind of problem the publishing gate finds in built pages, with its exact message and line. */
class OutputCheckerTest {

    private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + ContentSecurityPolicy.STRICT + "\">";

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
    private List<SourceFile> sources = List.of();

    private List<String> check(String... pathsAndHtml) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            files.put(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
            origins.put(pathsAndHtml[i], "content/" + pathsAndHtml[i].replace("/index.html", ".md"));
        }
        files.put("assets/style.css", new byte[0]);
        new OutputChecker(diags, "", sources).check(files, origins);
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"nl\"><head>" + CSP + "<link rel=\"stylesheet\" href=\"/assets/style.css\">"
                + "</head><body>" + body + "</body></html>";
    }

    @Test
    void aGoodPagePasses() {
        assertEquals(List.of(), check("plan/index.html", page("<h1 id=\"t\">Plan</h1><h2 id=\"a\">A</h2>"
                + "<a href=\"#a\">a</a> <a href=\"/plan/#a\">a</a> <a href=\"https://www.vng.nl/\">VNG</a>"
                + "<a href=\"mailto:info@vng.nl?subject=Vraag\">mail</a> <a href=\"tel:+31 70 373 8393\">bel</a>"
                + "<table><caption>C</caption><tr><th scope=\"col\">X</th></tr></table><img src=\"/assets/style.css\" alt=\"\">"
                + "<svg role=\"img\" aria-labelledby=\"g\"><title id=\"g\">Grafiek</title><rect fill=\"red\"/></svg>"
                + "<span class=\"status-badge status-rood\"><span aria-hidden=\"true\">■</span> niet gerealiseerd</span>"
                + "<form action=\"/plan/\"></form>")));
    }

    @Test
    void reportsBrokenLinksAndAnchorsAtTheLineOfTheirSource() {
        sources = List.of(new SourceFile("content/plan.md", """
                ---
                title: Plan
                ---
                Zie [elders](/elders/).

                En [hier](/plan/#weg).
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(
                "content/plan.md: de externe link 'https:///x' op de pagina 'plan/index.html' is geen geldig webadres. "
                        + "Schrijf het volledige adres, met https:// ervoor.",
                "content/plan.md:4: de link '/elders/' op de pagina 'plan/index.html' leidt naar geen pagina of bestand "
                        + "van de site. Verbeter de link; links in Markdown schrijft u naar het .md-bestand.",
                "content/plan.md:6: de link '/plan/#weg' op de pagina 'plan/index.html' wijst naar een plek die op die "
                        + "pagina niet bestaat. Controleer de naam na het #-teken tegen de koppen van die pagina."),
                check("plan/index.html", page("<h1>P</h1><a href=\"/elders/\">x</a><a href=\"/plan/#weg\">y</a>"
                        + "<a href=\"https:///x\">z</a>")));
    }

    @Test
    void reportsMalformedExternalLinksWithoutTheNetwork() {
        assertEquals(List.of(
                "content/x.md: de externe link 'http://www.vng .nl/' op de pagina 'x/index.html' is geen geldig "
                        + "webadres. Schrijf het volledige adres, met https:// ervoor.",
                "content/x.md: de externe link 'https://vng/' op de pagina 'x/index.html' is geen geldig webadres. "
                        + "Schrijf het volledige adres, met https:// ervoor.",
                "content/x.md: de link 'htps://www.vng.nl/' op de pagina 'x/index.html' gebruikt 'htps:', dat de site "
                        + "niet toestaat. Link naar een webadres (https://), een e-mailadres (mailto:) of een bestand "
                        + "van de site.",
                "content/x.md: de link 'mailto:' op de pagina 'x/index.html' heeft geen geldig e-mailadres of "
                        + "telefoonnummer. Schrijf bijvoorbeeld mailto:naam@voorbeeld.nl of tel:+31201234567.",
                "content/x.md: de link 'mailto:info-at-vng.nl' op de pagina 'x/index.html' heeft geen geldig "
                        + "e-mailadres of telefoonnummer. Schrijf bijvoorbeeld mailto:naam@voorbeeld.nl of tel:+31201234567.",
                "content/x.md: de link 'tel:bellen' op de pagina 'x/index.html' heeft geen geldig e-mailadres of "
                        + "telefoonnummer. Schrijf bijvoorbeeld mailto:naam@voorbeeld.nl of tel:+31201234567."),
                check("x/index.html", page("<h1>X</h1><a href=\"http://www.vng .nl/\">a</a><a href=\"https://vng/\">b</a>"
                        + "<a href=\"htps://www.vng.nl/\">c</a><a href=\"mailto:\">d</a><a href=\"mailto:info-at-vng.nl\">e</a>"
                        + "<a href=\"tel:bellen\">f</a>")));
    }

    @Test
    void reportsAccessibilityProblems() {
        assertEquals(List.of(
                "content/x.md: de afbeelding 'kaart.png' op de pagina 'x/index.html' heeft geen tekstalternatief. Geef "
                        + "de afbeelding een beschrijving, in Markdown tussen de vierkante haken: ![beschrijving](bestand.png).",
                "content/x.md: de afbeelding 'svg#g' op de pagina 'x/index.html' heeft geen tekstalternatief. Geef "
                        + "de afbeelding een beschrijving, in Markdown tussen de vierkante haken: ![beschrijving](bestand.png).",
                "content/x.md: de kopcel 'Jaar' op de pagina 'x/index.html' zegt niet of zij een rij of kolom kopt. "
                        + "Geef de kopcel scope=\"col\" of scope=\"row\" in de template van het thema.",
                "content/x.md: de pagina 'x/index.html' heeft het id 'a' meer dan eens. Geef koppen met dezelfde tekst "
                        + "een andere naam, of meld het als fout in het thema.",
                "content/x.md: de pagina 'x/index.html' zegt niet in welke taal zij is. Zet lang=\"...\" op het "
                        + "html-element in de template van het thema.",
                "content/x.md: een status op de pagina 'x/index.html' ('status-badge status-rood') wordt alleen met "
                        + "kleur getoond, zonder woord. Zet het woord van de status in het element, in de template van het thema.",
                "content/x.md: een tabel op de pagina 'x/index.html' heeft geen bijschrift ('Jaar 2020'). Zet een regel "
                        + "[Tabel 1: ...] direct onder de tabel.",
                "content/x.md: een tabel op de pagina 'x/index.html' heeft geen bijschrift ('a b'). Zet een regel "
                        + "[Tabel 1: ...] direct onder de tabel.",
                "content/x.md: een tabel op de pagina 'x/index.html' heeft geen kopcellen (eerste cel 'a'). Geef de "
                        + "tabel een kopregel: in Markdown de eerste regel boven de regel met |---|.",
                "content/x.md: het bestand 'kaart.png' dat de pagina 'x/index.html' laadt (img) bestaat niet in de site. "
                        + "Zet het bestand naast het .md-bestand of verbeter de naam; let op hoofdletters.",
                "content/x.md: op de pagina 'x/index.html' volgt een h4 direct op een h2: 'Diep'. Sla geen kopniveau "
                        + "over: gebruik ## en ### in volgorde."),
                check("x/index.html", "<html><head>" + CSP + "</head><body><h1>X</h1><h2 id=\"a\">A</h2><h4 id=\"a\">Diep</h4>"
                        + "<img src=\"kaart.png\"><table><tr><th>Jaar</th></tr><tr><td>2020</td></tr></table>"
                        + "<table><tr><td>a</td><td>b</td></tr></table><table role=\"presentation\"><tr><td>c</td></tr></table>"
                        + "<svg role=\"img\" id=\"g\" aria-labelledby=\"leeg\"><title></title></svg><p id=\"leeg\"></p>"
                        + "<span class=\"status-badge status-rood\"><span aria-hidden=\"true\">■</span></span>"
                        + "</body></html>"));
    }

    @Test
    void reportsWhatTheDeclaredContentSecurityPolicyWouldBlock() {
        assertEquals(List.of(
                "content/x.md: de pagina 'x/index.html' heeft een <style>-element, dat de Content-Security-Policy van het "
                        + "thema blokkeert. Zet de opmaak in style.css onder static/ van het thema.",
                "content/x.md: de pagina 'x/index.html' heeft een a met 'javascript:alert(1)', dat de "
                        + "Content-Security-Policy van het thema blokkeert. Gebruik een gewone link of een knop met code "
                        + "uit een .js-bestand onder static/.",
                "content/x.md: de pagina 'x/index.html' heeft een button met het attribuut 'onclick', dat de "
                        + "Content-Security-Policy van het thema blokkeert. Koppel de code in een .js-bestand onder "
                        + "static/ met addEventListener.",
                "content/x.md: de pagina 'x/index.html' heeft een p met style=\"color:red\", dat de "
                        + "Content-Security-Policy van het thema blokkeert. Geef het element een class en zet de opmaak "
                        + "in style.css onder static/ van het thema.",
                "content/x.md: de pagina 'x/index.html' heeft een rect met style=\"fill:red\", dat de "
                        + "Content-Security-Policy van het thema blokkeert. Geef het element een class en zet de opmaak "
                        + "in style.css onder static/ van het thema.",
                "content/x.md: de pagina 'x/index.html' heeft een script in de HTML, dat de Content-Security-Policy van "
                        + "het thema blokkeert. Zet de code in een .js-bestand onder static/ van het thema en laad dat "
                        + "met <script src>.",
                "content/x.md: de pagina 'x/index.html' laadt met een img 'https://cdn.example.org/logo.png', wat "
                        + "'img-src' in de Content-Security-Policy van het thema niet toestaat. Zet het bestand in de site "
                        + "zelf; de site laadt niets van andere websites.",
                "content/x.md: de pagina 'x/index.html' laadt met een script 'https://cdn.example.org/a.js', wat "
                        + "'script-src-elem' in de Content-Security-Policy van het thema niet toestaat. Zet het bestand in "
                        + "de site zelf; de site laadt niets van andere websites."),
                check("x/index.html", page("<h1>X</h1><script>alert(1)</script><p style=\"color:red\">rood</p>"
                        + "<svg><rect style=\"fill:red\"/></svg><style>p{}</style><button onclick=\"go()\">b</button>"
                        + "<a href=\"javascript:alert(1)\">j</a><script src=\"https://cdn.example.org/a.js\"></script>"
                        + "<img alt=\"logo\" src=\"https://cdn.example.org/logo.png\"><script type=\"application/ld+json\">{}</script>")));
    }

    @Test
    void aPolicyWithUnsafeInlineOrANonceAllowsWhatItNames() {
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                + "default-src 'self'; script-src 'self' 'nonce-abc'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' https://cdn.example.org\"></head><body><h1>X</h1><script nonce=\"abc\">go()</script>"
                + "<p style=\"color:red\">r</p><img alt=\"\" src=\"https://cdn.example.org/x.png\"></body></html>";
        assertEquals(List.of(), check("x/index.html", html));
    }

    @Test
    void warnsOnceWhenPagesDeclareNoPolicyAndChecksThemAgainstTheStrictOne() {
        String bare = "<!DOCTYPE html><html lang=\"nl\"><head></head><body><h1>X</h1></body></html>";
        assertEquals(List.of("content/a.md: waarschuwing: de pagina 'a/index.html' en 1 andere pagina's geven geen "
                        + "Content-Security-Policy op. Zet in de head van de templates <meta http-equiv=\""
                        + "Content-Security-Policy\" content=\"" + ContentSecurityPolicy.STRICT + "\">.",
                "content/b.md: de pagina 'b/index.html' heeft een script in de HTML, dat de Content-Security-Policy van "
                        + "het thema blokkeert. Zet de code in een .js-bestand onder static/ van het thema en laad dat "
                        + "met <script src>."),
                check("a/index.html", bare, "b/index.html", bare.replace("</h1>", "</h1><script>x()</script>")));
    }

    @Test
    void placesAProblemThatComesFromATemplateAtTheTemplateLine() {
        sources = List.of(new SourceFile("content/x.md", "---\ntitle: X\n---\nTekst.\n".getBytes(StandardCharsets.UTF_8)),
                new SourceFile("themes/t/templates/base.peb", "<body>\n<p>\n<button onclick=\"go()\">b</button>\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("themes/t/templates/base.peb:3: de pagina 'x/index.html' heeft een button met het "
                        + "attribuut 'onclick', dat de Content-Security-Policy van het thema blokkeert. Koppel de code in "
                        + "een .js-bestand onder static/ met addEventListener."),
                check("x/index.html", page("<h1>X</h1><button onclick=\"go()\">b</button>")));
    }
}
