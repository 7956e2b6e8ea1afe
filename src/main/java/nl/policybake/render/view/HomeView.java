package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** The home page: its own Markdown, the agendas and the latest documents. */
public record HomeView(SafeString body, List<AgendaCard> agendas, List<DocumentCard> latest) {
}
