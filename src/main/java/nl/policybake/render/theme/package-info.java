/**
 * The theme: its files read into a {@link nl.policybake.render.theme.Theme} (templates, UI strings in the site's
 * language, static assets), and the Pebble engine over its templates ({@link nl.policybake.render.theme.Templates},
 * autoescaping on, strict variables), which turns a template and its values into text or a page's UTF-8 bytes.
 * Takes the theme's source files from {@code load}; hands {@code render} the templates to evaluate. Depends on
 * nothing else of {@code render}.
 */
package nl.policybake.render.theme;
