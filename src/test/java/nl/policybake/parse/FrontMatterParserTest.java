package nl.policybake.parse;

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
}
