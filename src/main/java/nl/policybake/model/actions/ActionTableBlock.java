package nl.policybake.model.actions;

import java.util.List;
import java.util.Set;
import nl.policybake.model.Block;

/**
 * An {@code actielijnen} block: a table of the period's action lines, filtered. Empty sets mean no filter.
 *
 * @param ids the action lines to show, in the order written; empty for all
 */
public record ActionTableBlock(List<String> ids, Set<ActionStatus> statuses, Set<String> scales, Set<Integer> years,
                               Set<String> themes) implements Block {
}
