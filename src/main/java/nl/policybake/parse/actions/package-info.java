/**
 * Action lines: reads {@code actielijnen*.csv} tables (through {@link nl.policybake.parse.csv.CsvReader}) into
 * {@link nl.policybake.model.ActionLine}s, matching Dutch and English headers, statuses, scales and years as editors
 * write them, and reads the options of {@code actielijnen} blocks in Markdown.
 */
package nl.policybake.parse.actions;
