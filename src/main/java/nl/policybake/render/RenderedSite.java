package nl.policybake.render;

import java.util.List;
import java.util.Map;

/**
 * Every file of the built site, by output path ({@code noordoost-brabant/2020-2023/index.html}), sorted, and the
 * pages the search index is built from.
 *
 * @param pages how many HTML pages among them, for the build summary
 * @param origins the source each output file comes from, for diagnostics about the output
 */
public record RenderedSite(Map<String, byte[]> files, int pages, List<SearchPage> searchPages,
                           Map<String, String> origins) {
}
