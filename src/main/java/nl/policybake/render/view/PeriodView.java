package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.render.actions.ActionSummary;

/**
 * A period's home page: its summary, status, documents, action lines (null when it has none) and the link to the
 * whole period on one page.
 */
public record PeriodView(PeriodSummary period, SafeString body, List<DocumentCard> documents, String printUrl,
                         List<String> overlaps, String currentRule, ActionSummary actions) {
}
