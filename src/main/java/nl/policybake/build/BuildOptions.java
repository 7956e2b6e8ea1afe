package nl.policybake.build;

import java.nio.file.Path;

/**
 * How to build: the site folder, the output folder, whether drafts are included, whether warnings fail the build,
 * whether the output is written at all, and whether the built pages are checked ({@code check} builds without
 * writing and with checking).
 */
public record BuildOptions(Path site, Path output, boolean drafts, boolean strict, boolean write, boolean verify) {

    /** A build that writes and does not check the pages. */
    public BuildOptions(Path site, Path output, boolean drafts, boolean strict, boolean write) {
        this(site, output, drafts, strict, write, false);
    }
}
