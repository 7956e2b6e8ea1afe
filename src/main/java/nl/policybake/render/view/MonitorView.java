package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** The monitor page of an agenda: every chart of its documents, by period, newest period first. */
public record MonitorView(List<Section> sections) {

    /** The charts of one period. */
    public record Section(String period, String title, String url, List<Item> items) {
    }

    /** One chart and the document it comes from. */
    public record Item(String document, String url, SafeString figure) {
    }
}
