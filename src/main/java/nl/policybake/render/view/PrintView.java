package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** A whole period on one page for printing: each document a section with headings one level down. */
public record PrintView(PeriodSummary period, SafeString intro, List<Section> sections) {

    /** One document of the period. */
    public record Section(String id, String title, String type, String date, SafeString body) {
    }
}
