package nl.policybake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DutchNumbersTest {

    @Test
    void groupsThousandsWithDots() {
        assertEquals("4.647.090", DutchNumbers.whole(4_647_090));
        assertEquals("999", DutchNumbers.whole(999));
        assertEquals("-1.000", DutchNumbers.whole(-1_000));
    }

    @Test
    void writesDecimalsWithACommaAndTwoDigits() {
        assertEquals("257,30", DutchNumbers.decimal(25_730));
        assertEquals("0,05", DutchNumbers.decimal(5));
        assertEquals("1.234,56", DutchNumbers.decimal(123_456));
    }

    @Test
    void writesPercentagesWithoutASpaceAndDropsATrailingZero() {
        assertEquals("19%", DutchNumbers.percent(190));
        assertEquals("3,2%", DutchNumbers.percent(32));
        assertEquals("-1,4%", DutchNumbers.percent(-14));
    }

    @Test
    void putsASpaceAfterTheEuroSign() {
        assertEquals("€ 1.234", DutchNumbers.euros(1_234));
    }
}
