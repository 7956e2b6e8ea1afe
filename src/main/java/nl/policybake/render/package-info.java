/**
 * Rendering: the {@link nl.policybake.model.Site} model to output files. Builds view records for every page
 * ({@code render.view}), evaluates the theme's templates once per page ({@code render.theme}),
 * and writes the site-wide files (sitemap, Atom feed, robots.txt, security.txt). Hands on an ordered map of
 * output path to bytes; writes nothing to disk.
 * <p>The theme (its files, UI strings and the Pebble engine) is {@code render.theme}; charts {@code render.chart};
 * action-line tables {@code render.actions}.
 */
package nl.policybake.render;
