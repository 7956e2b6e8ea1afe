package nl.policybake.parse;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.policybake.model.data.Dataset;
import nl.policybake.parse.data.DataBlockOptions;

/**
 * What the blocks of one Markdown file may use.
 *
 * @param actionIds the action lines of the file's period; empty outside a period with action lines
 * @param datasets the data file a path in a block leads to, relative to the file's folder
 * @param data the reader of {@code table} and {@code chart} blocks
 */
record BlockScope(Optional<Set<String>> actionIds, Function<String, Optional<Dataset>> datasets,
                  DataBlockOptions data) {

    /** No action lines and no data files: a file outside any period. */
    static BlockScope none(DataBlockOptions data) {
        return new BlockScope(Optional.empty(), path -> Optional.empty(), data);
    }
}
