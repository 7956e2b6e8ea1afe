package nl.policybake.model.data;

import java.math.BigDecimal;
import java.util.List;
import nl.policybake.model.Block;

/**
 * A {@code table} block: a data file shown as a table whose totals were checked when the site was parsed.
 *
 * @param columns the value columns to show, by index, in order
 * @param differences known differences in totals, shown under the table with their reason
 */
public record DataTableBlock(Dataset data, String title, String unit, String source, List<Integer> columns,
                             List<Difference> differences) implements Block {

    /** A difference in a total that the editor declared, with its reason. */
    public record Difference(String row, String column, BigDecimal amount, String reason) {
    }
}
