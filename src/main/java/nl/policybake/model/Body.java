package nl.policybake.model;

import java.util.List;

/** The rendered Markdown of one source file: trusted HTML (escaped or sanitised by {@code parse}) and its headings. */
public record Body(String html, List<TocEntry> toc) {

    public static final Body EMPTY = new Body("", List.of());
}
