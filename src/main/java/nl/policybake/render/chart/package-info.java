/**
 * Charts: a {@link nl.policybake.model.ChartBlock} drawn with JFreeChart as SVG at build time (same bytes on every
 * build), with a text alternative generated from the data in the site's language.
 */
package nl.policybake.render.chart;
