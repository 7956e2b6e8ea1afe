package nl.policybake.build;

import java.nio.file.Path;

/**
 * How to build: the site folder, the output folder, whether drafts are included, whether warnings fail the build,
 * and whether the output is written at all ({@code check} builds without writing).
 */
public record BuildOptions(Path site, Path output, boolean drafts, boolean strict, boolean write) {
}
