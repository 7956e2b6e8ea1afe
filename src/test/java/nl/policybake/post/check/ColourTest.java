package nl.policybake.post.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The WCAG 2.1 contrast maths against known pairs, and the colour forms CSS writes. */
class ColourTest {

    private static String ratio(String a, String b) {
        return ContrastChecker.ratio(Colour.parse(a).orElseThrow().contrast(Colour.parse(b).orElseThrow()), Locale.ROOT);
    }

    @Test
    void computesTheKnownRatios() {
        assertEquals("21.00", ratio("#000", "#fff"));
        assertEquals("1.00", ratio("#777777", "#777777"));
        assertEquals("4.54", ratio("#767676", "#ffffff")); // the lightest grey that passes 4.5:1 on white
        assertEquals("4.47", ratio("#777777", "#ffffff")); // one step lighter fails
        assertEquals("3.99", ratio("#ff0000", "#ffffff")); // 3.998, often quoted as 4:1
        assertEquals("2.14", ratio("#0000ff", "#ff0000")); // (0.2126 + 0.05) / (0.0722 + 0.05)
        assertEquals("10.20", ratio("#ffffff", "#154273")); // the header; the theme once claimed 10.7
    }

    @Test
    void theRatioIsTheSameEitherWayRound() {
        Colour a = Colour.parse("#01689b").orElseThrow();
        Colour b = Colour.parse("#f3f6f9").orElseThrow();
        assertEquals(a.contrast(b), b.contrast(a));
        assertTrue(a.contrast(b) > 4.5);
    }

    @Test
    void readsHexRgbAndTwoNames() {
        assertEquals(Optional.of(new Colour(0x1b, 0x1b, 0x1b)), Colour.parse("#1B1B1B"));
        assertEquals(Optional.of(new Colour(255, 255, 255)), Colour.parse("#fff"));
        assertEquals(Optional.of(new Colour(0, 114, 178)), Colour.parse("rgb(0, 114, 178)"));
        assertEquals(Optional.of(new Colour(0, 114, 178)), Colour.parse("rgba(0,114,178,1)"));
        assertEquals(Optional.of(Colour.BLACK), Colour.parse("black"));
        assertEquals("#0072b2", new Colour(0, 114, 178).hex());
    }

    @Test
    void refusesWhatItCannotCompare() {
        assertEquals(Optional.empty(), Colour.parse("rgba(0, 0, 0, 0.5)"));
        assertEquals(Optional.empty(), Colour.parse("hsl(0 0% 50%)"));
        assertEquals(Optional.empty(), Colour.parse("red"));
        assertEquals(Optional.empty(), Colour.parse("#12345"));
        assertEquals(Optional.empty(), Colour.parse("rgb(300, 0, 0)"));
    }
}
