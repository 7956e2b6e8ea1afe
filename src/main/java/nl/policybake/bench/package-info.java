/**
 * Benchmark support, outside the build pipeline: {@link nl.policybake.bench.SyntheticSite} takes a page count, a
 * seed and a theme folder and hands on a complete site folder (configuration, theme copy, and agendas, periods and
 * documents of generated Dutch policy prose with tables, lists, footnotes, abbreviations and cross-links, action-line
 * tables and data files as Excel exports them, and chart, table and action-line blocks) that policybake builds into
 * exactly that many pages with zero diagnostics; {@code bench/run} times those builds. It reads no clock and no
 * locale, so a page count and a seed always give the same bytes. Not API.
 */
package nl.policybake.bench;
