/**
 * The options of policybake's fenced blocks in Markdown ({@code actielijnen}, {@code table}, {@code chart}):
 * {@code key: value} lines with their positions, read the same way for every kind of block.
 */
package nl.policybake.parse.block;
