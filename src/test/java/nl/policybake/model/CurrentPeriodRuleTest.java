package nl.policybake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CurrentPeriodRuleTest {

    private static Period period(String id, int from, int to, PeriodStatus status) {
        return new Period(id, "content/a/" + id + "/periode.md", id, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31),
                status, Optional.empty(), "", "", Body.EMPTY, List.of(), List.of());
    }

    private final Period p2015 = period("2015-2017", 2015, 2017, PeriodStatus.AFGEROND);
    private final Period p2018 = period("2018-2021", 2018, 2021, PeriodStatus.VASTGESTELD);
    private final Period p2020 = period("2020-2023", 2020, 2023, PeriodStatus.VASTGESTELD);
    private final Period p2022 = period("2022-2025", 2022, 2025, PeriodStatus.WERKVERSIE);

    @Test
    void theLatestAdoptedPeriodIsCurrentNotALaterDraft() {
        assertEquals("2018-2021", CurrentPeriodRule.choose(Optional.empty(), List.of(p2015, p2018, p2022)));
    }

    @Test
    void ofOverlappingAdoptedPeriodsTheOneThatStartsLastIsCurrent() {
        assertTrue(p2018.overlaps(p2020));
        assertFalse(p2015.overlaps(p2018));
        assertEquals("2020-2023", CurrentPeriodRule.choose(Optional.empty(), List.of(p2020, p2018)));
    }

    @Test
    void aDeclaredPeriodWins() {
        assertEquals("2018-2021", CurrentPeriodRule.choose(Optional.of("2018-2021"), List.of(p2018, p2020)));
    }

    @Test
    void withNothingAdoptedTheLatestIsCurrent() {
        assertEquals("2022-2025", CurrentPeriodRule.choose(Optional.empty(), List.of(p2022,
                period("2019-2021", 2019, 2021, PeriodStatus.CONSULTATIEVERSIE))));
    }
}
