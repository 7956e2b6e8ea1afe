package nl.policybake.parse.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.NumberKind;

/** Every number form of the seeds, and every error, whatever the machine's locale (nl, en, tr). */
class NumberParserTest {

    private Locale saved;

    @BeforeEach
    void remember() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest(name = "{0} in locale {4}")
    @CsvSource(delimiter = '|', value = {
        "4.647.090 | 4647090 | NUMBER | 4.647.090 | nl-NL",
        "257,30 | 257.30 | NUMBER | 257,30 | en",
        "19% | 19 | PERCENT | 19% | tr",
        "€ 1.234,56 | 1234.56 | MONEY | € 1.234,56 | nl-NL",
        "€1.234,56 | 1234.56 | MONEY | € 1.234,56 | tr",
        "-259.620 | -259620 | NUMBER | -259.620 | en",
        "−259.620 | -259620 | NUMBER | -259.620 | nl-NL",
        "11.000.000 | 11000000 | NUMBER | 11.000.000 | tr",
        "1.500 | 1500 | NUMBER | 1.500 | en",
        "71,8% | 71.8 | PERCENT | 71,8% | nl-NL",
        "0,998 | 0.998 | NUMBER | 0,998 | nl-NL",
        "2,2 % | 2.2 | PERCENT | 2,2% | tr",
    })
    void readsDutchNumbersInEveryLocale(String text, String value, NumberKind kind, String shown, String locale) {
        Locale.setDefault(Locale.forLanguageTag(locale));
        NumberParser.Result r = new NumberParser("nl").parse(text);
        DataCell cell = assertInstanceOf(NumberParser.Number.class, r, text).cell();
        assertEquals(0, new BigDecimal(value).compareTo(cell.value().orElseThrow()), text);
        assertEquals(kind, cell.kind());
        assertEquals(shown, new NumberFormats("nl").format(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "n.v.t.", "PM", "-", "–", "nvt"})
    void readsMissingValues(String text) {
        assertInstanceOf(NumberParser.Missing.class, new NumberParser("nl").parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "abc", "1,2,3", "1.2.3", "€ 12%", "--5", "12,", "1 000", "0,998 mln"})
    void refusesCellsThatAreNotWhollyANumber(String text) {
        assertInstanceOf(NumberParser.Invalid.class, new NumberParser("nl").parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "12.25", "0.500"})
    void refusesNumbersThatReadTwoWaysInADutchTable(String text) {
        assertInstanceOf(NumberParser.Ambiguous.class, new NumberParser("nl").parse(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4,647,090.5 | 4647090.5", "257.30 | 257.30", "1,500 | 1500"})
    void readsEnglishNumbersOnAnEnglishSite(String text, String value) {
        Locale.setDefault(Locale.forLanguageTag("tr"));
        DataCell cell = assertInstanceOf(NumberParser.Number.class, new NumberParser("en").parse(text)).cell();
        assertEquals(0, new BigDecimal(value).compareTo(cell.value().orElseThrow()));
        assertInstanceOf(NumberParser.Ambiguous.class, new NumberParser("en").parse("1,5"));
    }
}
