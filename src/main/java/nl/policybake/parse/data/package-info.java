/**
 * Data files: numbers as Dutch (or English) editors write them, CSV data files read into
 * {@link nl.policybake.model.Dataset}s, the options of {@code table} and {@code chart} blocks, and the check that
 * totals and declared sums add up.
 */
package nl.policybake.parse.data;
