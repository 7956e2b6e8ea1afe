/**
 * CSV as Excel saves it: {@code ;}, {@code ,} or tab separated (detected from the header line), UTF-8 with or
 * without byte-order mark (or Windows-1252 when the site declares it), quoted cells with separators, doubled quotes
 * and line breaks inside. Hands on a {@link nl.policybake.parse.csv.CsvTable} whose rows keep the line they start
 * on, and reports ragged rows, duplicate or empty headers and unclosed quotes with file and line. Shared by the
 * action-line tables and the data files.
 */
package nl.policybake.parse.csv;
