package nl.policybake.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;

/** Mistakes in a theme are reported at the template's file and line, in the site's language. */
class ThemeErrorsIT {

    private static final String SITE = "-- content/index.md --\n---\ntitle: Start\n---\nWelkom.\n";

    @Test
    void reportsAnUndefinedVariableWithTemplateAndLine(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        Path template = dir.resolve("themes/default/templates/404.peb");
        Files.writeString(template, "{% extends \"base.peb\" %}\n{% block content %}\n<p>{{ pgae.title }}</p>\n"
                + "{% endblock %}\n");
        assertEquals(List.of("themes/default/templates/404.peb:3: fout in template: Root attribute [pgae] does not "
                + "exist or can not be accessed and strict variables is set to true. Verbeter de template; de namen van "
                + "alle variabelen staan in docs/themes.md."), TestSite.lines(site.build()));
    }

    @Test
    void aTemplateErrorLeavesTheLastOutputAsItWas(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE + "-- content/over.md --\n---\ntitle: Over\n---\nTekst.\n");
        assertEquals(List.of(), TestSite.lines(site.build()));
        Map<String, String> before = TestSite.readTree(site.output());
        Files.writeString(dir.resolve("content/over.md"), "---\ntitle: Over ons\n---\nAndere tekst.\n");
        Files.writeString(dir.resolve("content/nieuw.md"), "---\ntitle: Nieuw\n---\nNieuw.\n");
        Path template = dir.resolve("themes/default/templates/404.peb");
        Files.writeString(template, "{% extends \"base.peb\" %}\n{% block content %}{{ pgae.title }}{% endblock %}\n");

        assertEquals(1, site.build().diagnostics().errorCount());

        assertEquals(before, TestSite.readTree(site.output()), "no page changed, no file or folder was added");
    }

    @Test
    void reportsAMissingInterfaceText(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        Path strings = dir.resolve("themes/default/i18n/nl.properties");
        Files.writeString(strings, Files.readString(strings).replaceAll("(?m)^notfound\\.text=.*\\n", ""));
        assertEquals(List.of("themes/default/templates/404.peb:5: fout in template: UI string 'notfound.text' is not "
                + "in the theme's i18n file. Verbeter de template; de namen van alle variabelen staan in docs/themes.md."),
                TestSite.lines(site.build()));
    }

    @Test
    void reportsAThemeWithoutTextsForTheSiteLanguage(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        Files.delete(dir.resolve("themes/default/i18n/nl.properties"));
        assertEquals(List.of("themes/default/i18n/nl.properties: het thema heeft geen teksten voor de taal van de site: "
                + "'themes/default/i18n/nl.properties' ontbreekt. Maak het bestand aan of kies een andere "
                + "'site.language'."), TestSite.lines(site.build()));
    }
}
