package nl.policybake.model.actions;

import java.util.List;
import java.util.Optional;
import nl.policybake.model.Body;

/**
 * An action line of a period: its id ({@code 5.1}), title, optional theme, prose and rows.
 *
 * @param slug the URL segment of its page, from the id ({@code 5-1})
 * @param source the CSV file it comes from, and {@code line} where it starts there
 * @param columns the columns its file has, with the header as the file writes it
 * @param continues the action line it continues, as written: {@code 3.2} or {@code 2018-2021/3.2}
 */
public record ActionLine(String id, String slug, String title, String theme, String source, int line, Body prose,
                         List<ActionRow> rows, List<Column> columns, Optional<String> continues) {

    /** A column present in the action line's file, and its header text there. */
    public record Column(ActionColumn column, String label) {
    }

    public long count(ActionStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
