package nl.policybake.model.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.policybake.model.Block;

/**
 * A {@code chart} block: a data file drawn as a chart at build time.
 *
 * @param columns the value columns on the x axis, by index; {@code rows} the rows drawn as series, by index
 * @param periods whether to mark the agenda's policy periods on a time axis
 */
public record ChartBlock(Dataset data, Type type, String title, String unit, String source, List<Integer> columns,
                         List<Integer> rows, Optional<BigDecimal> target, boolean periods) implements Block {

    /** The kinds of chart. */
    public enum Type { LINE, BAR, GROUPED_BAR, STACKED_BAR }
}
