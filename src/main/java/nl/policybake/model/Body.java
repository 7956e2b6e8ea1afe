package nl.policybake.model;

import java.util.List;

/**
 * The rendered Markdown of one source file: trusted HTML (escaped or sanitised by {@code parse}), its headings, and
 * the blocks whose markers ({@link Block#marker(int)}) the render stage replaces, by index.
 */
public record Body(String html, List<TocEntry> toc, List<Block> blocks) {

    public static final Body EMPTY = new Body("", List.of(), List.of());
}
