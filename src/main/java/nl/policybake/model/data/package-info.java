/**
 * Data files as data: datasets of exact numbers with their kind, and the table and chart blocks that show them.
 */
package nl.policybake.model.data;
