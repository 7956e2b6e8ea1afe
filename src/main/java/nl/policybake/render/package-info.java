/**
 * Rendering: the {@link nl.policybake.model.Site} model to output files. Builds view records for every page
 * ({@code render.view}), evaluates the theme's Pebble templates once per page (autoescaping on, strict variables),
 * and writes the site-wide files (sitemap, Atom feed, robots.txt, security.txt). Hands on an ordered map of
 * output path to bytes; writes nothing to disk.
 * <p>Over the house style's 15 types on purpose for now: the page jobs share package-private helpers (links, templates,
 * formats); {@code render.theme} (theme reading, Pebble setup, UI strings) is the next split.
 */
package nl.policybake.render;
