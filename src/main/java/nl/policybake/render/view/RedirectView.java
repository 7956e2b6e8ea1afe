package nl.policybake.render.view;

/** The page at {@code /<agenda>/actueel/}: sends the browser on to the current period, with a link as well. */
public record RedirectView(String target, String label) {
}
