package nl.policybake.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    @Test
    void writesHundredthsWithoutTrailingZeros() {
        assertEquals("557.8", SvgNumbers.hundredths(557.8000000000001));
        assertEquals("193.7", SvgNumbers.hundredths(193.6999969482422));
        assertEquals("337.07", SvgNumbers.hundredths(337.06689453125));
        assertEquals("720", SvgNumbers.hundredths(720.0));
        assertEquals("0.05", SvgNumbers.hundredths(0.05));
        assertEquals("0.1", SvgNumbers.hundredths(0.099));
        assertEquals("1.01", SvgNumbers.hundredths(1.005000001));
    }

    @Test
    void negativeValuesKeepTheirSignButZeroHasNone() {
        assertEquals("-217", SvgNumbers.hundredths(-217.0));
        assertEquals("-0.5", SvgNumbers.hundredths(-0.499));
        assertEquals("0", SvgNumbers.hundredths(-0.001));
        assertEquals("0", SvgNumbers.hundredths(0.004));
    }

    @Test
    void whatCannotBeRoundedIsWrittenAsJavaDoes() {
        assertEquals("NaN", SvgNumbers.hundredths(Double.NaN));
        assertEquals("1.0E20", SvgNumbers.hundredths(1e20));
    }
}
