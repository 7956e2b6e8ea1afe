package nl.policybake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePlannerTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 12, 13, 25, 60, 999, 1000, 10_000, 123_457})
    void plansExactlyTheRequestedNumberOfPages(int pages) {
        SitePlan plan = new SitePlanner(SyntheticSite.DEFAULT_SEED).plan(pages);

        assertEquals(pages, plan.pages());
        assertTrue(plan.agendas().stream().flatMap(a -> a.periods().stream()).allMatch(p -> !p.documents().isEmpty()),
                "a period without documents");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20_150_101})
    void largeSitesHaveRealisticProportions(long seed) {
        SitePlan plan = new SitePlanner(seed).plan(10_000);

        int agendas = plan.agendas().size();
        assertTrue(agendas >= 10 && agendas <= 16, "agendas: " + agendas);
        for (SitePlan.Agenda a : plan.agendas()) {
            assertTrue(a.periods().size() >= 2 && a.periods().size() <= 4, a.id() + ": " + a.periods().size());
            assertTrue(a.municipalities().size() >= 9 && a.municipalities().size() <= 16, a.id());
            for (SitePlan.Period p : a.periods()) {
                assertTrue(p.documents().stream().allMatch(d -> d.words() >= 800 && d.words() <= 3000), p.id());
            }
        }
    }
}
