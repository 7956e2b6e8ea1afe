package nl.policybake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    /** Slugs must not depend on the machine's locale: Turkish lower-cases "I" to a dotless "ı". */
    @ParameterizedTest
    @ValueSource(strings = {"nl-NL", "en", "tr"})
    void foldsDiacriticsAndCaseTheSameInEveryLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertEquals("cliententevredenheid-in-2019", Slugs.of("Cliëntentevredenheid  in 2019!", "x"));
            assertEquals("inkoop-ijkpunten", Slugs.of("INKOOP & IJKPUNTEN", "x"));
            assertEquals("x", Slugs.of("—", "x"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-2023", "plan", "a1-b2"})
    void acceptsPortableSlugs(String s) {
        assertTrue(Slugs.isSlug(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plan", "plan 2020", "-plan", "plan-", "a--b", "één"})
    void rejectsOtherNames(String s) {
        assertFalse(Slugs.isSlug(s));
    }
}
