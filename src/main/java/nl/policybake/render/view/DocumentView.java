package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.model.TocEntry;

/** A document's page, with its table of contents. */
public record DocumentView(String title, String type, String date, String isoDate, String summary, List<String> tags,
                           SafeString body, List<TocEntry> toc, PeriodSummary period, String printUrl) {
}
