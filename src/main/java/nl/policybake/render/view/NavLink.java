package nl.policybake.render.view;

/** A link in navigation: its label, URL and whether it leads to the page being shown. */
public record NavLink(String label, String url, boolean current) {
}
