package nl.policybake.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which period of an agenda is current, decided from the content alone, never from today's date: the period
 * {@code agenda.md} declares; otherwise the adopted period (vastgesteld or afgerond) that starts last; otherwise,
 * when nothing is adopted yet, the period that starts last. Ties on the start go to the later end, then the
 * greater id, so the choice is always the same for the same files.
 */
public final class CurrentPeriodRule {

    private static final Comparator<Period> LATEST =
            Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::id);

    private CurrentPeriodRule() {
    }

    /** The id of the current period; {@code periods} must not be empty. */
    public static String choose(Optional<String> declared, List<Period> periods) {
        if (declared.isPresent()) return declared.get();
        Optional<Period> adopted = periods.stream().filter(p -> p.status().isAdopted()).max(LATEST);
        return adopted.or(() -> periods.stream().max(LATEST)).orElseThrow().id();
    }
}
