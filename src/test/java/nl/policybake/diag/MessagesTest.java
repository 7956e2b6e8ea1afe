package nl.policybake.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void bothCataloguesHoldTheSameKeysAndEachMessageHasProblemAndHint() {
        Set<String> nl = Messages.forLanguage("nl").keys();
        assertEquals(nl, Messages.forLanguage("en").keys());
        for (String k : nl) {
            if (k.endsWith(".problem")) {
                String hint = k.substring(0, k.length() - ".problem".length()) + ".hint";
                assertEquals(true, nl.contains(hint), "no hint for " + k);
            }
        }
    }

    @Test
    void theThemesInterfaceTextsExistInBothLanguages() throws IOException {
        assertEquals(keys(Path.of("themes/default/i18n/nl.properties")),
                keys(Path.of("themes/default/i18n/en.properties")));
    }

    @Test
    void fillsArgumentsAsPlainTextWithApostrophesKept() {
        assertEquals("'x' is 'y', verwacht een van: a, b",
                Messages.forLanguage("nl").text("fm.notOneOf.problem", "x", "y", "a, b"));
    }

    @Test
    void unknownKeyIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Messages.forLanguage("en").text("nope"));
        assertEquals("no message 'nope' in messages_en", e.getMessage());
    }

    @Test
    void keepsFiftyErrorsAndCountsTheRest() {
        Diagnostics d = new Diagnostics(Messages.forLanguage("nl"), false);
        for (int i = 1; i <= 60; i++) d.error(SourcePos.of("content/x.md", i), "fm.missing");
        d.warning(SourcePos.of("content/y.md", 1), "md.h1", "Kop");
        assertEquals(60, d.errorCount());
        assertEquals(10, d.droppedErrors());
        assertEquals(51, d.sorted().size());
        assertEquals("content/y.md:1: waarschuwing: kop van niveau 1 'Kop' in de tekst; de titel is al de enige kop "
                + "van niveau 1. Begin koppen in de tekst met '##'.", d.sorted().get(50).format());
    }

    private static Set<String> keys(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return new TreeSet<>(props.stringPropertyNames());
    }
}
