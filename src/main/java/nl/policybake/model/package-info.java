/**
 * The site as data: agendas, periods, documents and plain pages, as immutable records with no I/O and no
 * library types. Produced by {@code parse}, read by {@code render}. Imports nothing from the other packages.
 */
package nl.policybake.model;
