package nl.policybake.model;

import java.util.List;

/**
 * One policy programme of one region, with its periods sorted by start date (oldest first).
 *
 * @param id the folder name, also the URL segment
 * @param current the id of the current period (see {@link CurrentPeriodRule})
 * @param currentDeclared true when {@code agenda.md} names the current period, false when the rule chose it
 */
public record Agenda(String id, String source, String title, String region, List<String> municipalities,
                     String summary, Body body, List<Period> periods, String current, boolean currentDeclared) {

    public Period currentPeriod() {
        return periods.stream().filter(p -> p.id().equals(current)).findFirst().orElseThrow();
    }
}
