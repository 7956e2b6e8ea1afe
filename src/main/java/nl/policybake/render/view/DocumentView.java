package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** A document's page, with its table of contents. */
public record DocumentView(String title, String type, String date, String isoDate, String summary, List<String> tags,
                           SafeString body, List<TocItem> toc, PeriodSummary period, String printUrl) {
}
