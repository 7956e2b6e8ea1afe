package nl.policybake.parse.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

class FrontMatterParserTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);

    @Test
    void readsYamlScalarsAndListsWithTheirLines() {
        FrontMatter fm = new FrontMatterParser().parse("a.md",
                "---\ntitle: \"Plan: 2020\"\ntags: [inkoop, jeugd]\n---\nTekst\n", diags).orElseThrow();
        assertEquals("Plan: 2020", fm.field("title").orElseThrow().value());
        assertEquals(List.of("inkoop", "jeugd"), fm.field("tags").orElseThrow().values());
        assertEquals(3, fm.field("tags").orElseThrow().line());
        assertEquals("Tekst\n", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void readsTheJBakeHeader() {
        FrontMatter fm = new FrontMatterParser().parse("a.md",
                "title=Evaluatie\ndate=2020-05-19\ntags=jeugd, inkoop\nstatus=published\n~~~~~~\n\nTekst", diags)
                .orElseThrow();
        assertEquals("Evaluatie", fm.field("title").orElseThrow().value());
        assertEquals(List.of("jeugd", "inkoop"), fm.field("tags").orElseThrow().values());
        assertEquals(4, fm.field("status").orElseThrow().line());
        assertEquals("\nTekst", fm.body());
        assertEquals(6, fm.bodyLine());
    }

    @Test
    void reportsNestedValuesAndDuplicateKeys() {
        new FrontMatterParser().parse("a.md", "---\ntitle: A\nmeta:\n  x: 1\ntitle: B\n---\n", diags);
        assertEquals(List.of(
                "a.md:3: 'meta' heeft een geneste waarde. Geef een tekst of een lijst als [a, b].",
                "a.md:5: 'title' staat er twee keer in (ook op regel 2). Houd er één over."),
                diags.sorted().stream().map(Diagnostic::format).toList());
    }

    /** Windows, old Mac and Unix line ends, mixed: the body has each as one {@code \n}, and lines count the same. */
    @Test
    void everyKindOfLineEndCountsAsOneLineAndBecomesANewlineInTheBody() {
        FrontMatter yaml = new FrontMatterParser().parse("a.md",
                "---\r\ntitle: A\rstatus: concept\n---\r\nEen\r\rTwee\r\n\nDrie\r", diags).orElseThrow();
        assertEquals("Een\n\nTwee\n\nDrie\n", yaml.body());
        assertEquals(5, yaml.bodyLine());
        assertEquals(3, yaml.field("status").orElseThrow().line());

        FrontMatter jbake = new FrontMatterParser().parse("a.md", "title=B\r\n~~~~~~\rTekst\r\n", diags)
                .orElseThrow();
        assertEquals("Tekst\n", jbake.body());
        assertEquals(3, jbake.bodyLine());
    }

    @Test
    void aHeaderClosedOnTheLastLineLeavesAnEmptyBody() {
        assertEquals("", new FrontMatterParser().parse("a.md", "---\ntitle: A\n---", diags).orElseThrow().body());
        assertEquals("", new FrontMatterParser().parse("a.md", "---\ntitle: A\n---\r\n", diags).orElseThrow().body());
        assertEquals("", new FrontMatterParser().parse("a.md", "title=A\n~~~~~~", diags).orElseThrow().body());
        assertEquals(List.of(), diags.sorted());
    }
}
