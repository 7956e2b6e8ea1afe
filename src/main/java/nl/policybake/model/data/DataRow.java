package nl.policybake.model.data;

import java.util.List;

/**
 * A row of a data file: its label, whether it is a total ({@code Totaal}, {@code Subtotaal}), and one cell per
 * value column.
 *
 * @param line the CSV line of the row
 * @param total {@code TOTAL}, {@code SUBTOTAL} or {@code NONE}
 */
public record DataRow(int line, String label, Total total, List<DataCell> cells) {

    /** Whether a row closes other rows. */
    public enum Total { NONE, SUBTOTAL, TOTAL }
}
