package nl.policybake.render.view;

import java.util.List;

/** The site map for readers: every agenda, period and document, and the plain pages. */
public record SiteMapView(List<Agenda> agendas, List<NavLink> pages) {

    /** An agenda and its periods. */
    public record Agenda(String title, String url, List<Period> periods) {
    }

    /** A period and its documents (and its action-line overview). */
    public record Period(String title, String url, List<NavLink> documents) {
    }
}
