package nl.policybake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20_150_101})
    void largeSitesHaveActionLinesInEveryPeriodAndChartsInOneDocumentInFiveToTen(long seed) {
        SitePlan plan = new SitePlanner(seed).plan(10_000);

        for (SitePlan.Agenda a : plan.agendas()) {
            assertTrue(a.hasCharts(), a.id() + " has no monitor page");
            for (SitePlan.Period p : a.periods()) {
                int lines = p.actionLines().size();
                assertTrue(lines >= 5 && lines <= 12, a.id() + "/" + p.id() + ": " + lines + " action lines");
                assertEquals(1, p.documents().stream()
                        .filter(d -> d.blocks().actions() == SitePlan.ActionBlocks.EVERY_LINE).count(), p.id());
            }
        }
        long withCharts = plan.agendas().stream().flatMap(a -> a.periods().stream())
                .flatMap(p -> p.documents().stream()).filter(d -> d.blocks().charts() > 0).count();
        double share = (double) withCharts / plan.documents();
        assertTrue(share >= 0.10 && share <= 0.20, "documents with charts: " + share);
    }

    @Test
    void continuedActionLinesNameALineOfTheAgendasPreviousTable() {
        SitePlan plan = new SitePlanner(SyntheticSite.DEFAULT_SEED).plan(10_000);

        int continued = 0;
        for (SitePlan.Agenda a : plan.agendas()) {
            SitePlan.Period previous = null;
            for (SitePlan.Period p : a.periods()) {
                for (SitePlan.ActionLine l : p.actionLines()) {
                    if (l.continues().isEmpty()) continue;
                    continued++;
                    SitePlan.Period before = previous;
                    assertTrue(before != null, l.id() + " continues a line, but " + p.id() + " is the first table");
                    String id = l.continues().substring(l.continues().indexOf('/') + 1);
                    assertTrue(l.continues().indexOf('/') < 0 || l.continues().startsWith(before.id() + "/"),
                            l.continues());
                    assertTrue(before.actionLines().stream().anyMatch(b -> b.id().equals(id)
                            && b.title().equals(l.title())), a.id() + "/" + p.id() + "/" + l.id());
                }
                if (!p.actionLines().isEmpty()) previous = p;
            }
        }
        assertTrue(continued > 50, "continued action lines: " + continued);
    }
}
