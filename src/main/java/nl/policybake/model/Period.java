package nl.policybake.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.policybake.model.actions.ActionLine;

/**
 * One policy period of an agenda, e.g. {@code 2020-2023}, with its documents sorted by order, then title, and its
 * action lines in id order ({@code 5.2} before {@code 5.10}).
 *
 * @param id the folder name, also the URL segment
 * @param source the path of its {@code periode.md}
 */
public record Period(String id, String source, String title, LocalDate start, LocalDate end, PeriodStatus status,
                     Optional<LocalDate> adopted, String decision, String summary, Body body,
                     List<Document> documents, List<ActionLine> actionLines) {

    /** True when the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public Optional<ActionLine> actionLine(String id) {
        return actionLines.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Document> document(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }
}
