package nl.policybake.render.chart;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * A chart as one figure: the SVG, its text alternative (also the SVG's {@code <desc>}), the data as a table one
 * click away, the CSV to download and the source.
 */
public record FigureView(String id, String title, SafeString svg, String description, DataTableView table,
                         String source, String csvUrl) {
}
