package nl.policybake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

class SiteConfigParserTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);

    private List<String> lines() {
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsEveryKeyWithUtf8AndContinuationLines() {
        SiteConfig c = new SiteConfigParser().parse("""
                # commentaar
                site.title = Jeugdhulp Zuidoost \\
                  Brabant
                site.url = https://example.nl/jeugd/
                site.language = en
                site.owner = Regio Één
                markdown.html = sanitize
                feed.size = 5
                security.expires = 2027-06-30
                """, diags);
        assertEquals(List.of(), lines());
        assertEquals("Jeugdhulp Zuidoost Brabant", c.title());
        assertEquals("https://example.nl/jeugd", c.baseUrl());
        assertEquals("en", c.language());
        assertEquals("Regio Één", c.owner());
        assertEquals(SiteConfig.RawHtmlPolicy.SANITIZE, c.rawHtml());
        assertEquals(5, c.feedSize());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 30)), c.securityExpires());
        assertEquals("default", c.theme());
    }

    @Test
    void rejectsUnknownKeyWithASuggestion() {
        new SiteConfigParser().parse("site.title = X\nsite.url = https://x.nl\nsite.titel = Y\n", diags);
        assertEquals(List.of("site-config.properties:3: onbekende instelling 'site.titel'. Bedoelt u 'site.title'?"),
                lines());
    }

    @Test
    void reportsMissingRequiredKeysAndDuplicates() {
        new SiteConfigParser().parse("site.language = nl\nsite.language = en\n", diags);
        assertEquals(List.of(
                "site-config.properties: de instelling 'site.title' ontbreekt. Voeg een regel 'site.title = ...' toe aan site-config.properties.",
                "site-config.properties: de instelling 'site.url' ontbreekt. Voeg een regel 'site.url = ...' toe aan site-config.properties.",
                "site-config.properties:2: 'site.language' staat er twee keer in (ook op regel 1). Houd er één over."),
                lines());
    }

    @Test
    void suggestionsStayWithinAThirdOfTheWord() {
        assertEquals(Optional.of("search.enabled"), Suggestions.closest("serach.enabled", "search.enabled", "site.url"));
        assertEquals(Optional.empty(), Suggestions.closest("kleur", "site.title", "site.url"));
    }
}
