package nl.policybake.render.chart;

import java.util.List;

/**
 * A data file as an accessible table: caption, column headers, row headers, numbers right-aligned in the site's
 * format, total rows marked, and the declared differences as notes.
 */
public record DataTableView(String caption, String unit, String source, String labelHeader, List<String> headers,
                            List<Row> rows, List<String> notes, String csvUrl) {

    /** One row; {@code total} marks total and subtotal rows. */
    public record Row(String label, boolean total, List<Cell> cells) {
    }

    /** One value as shown; {@code missing} when there is no number. */
    public record Cell(String text, boolean missing) {
    }
}
