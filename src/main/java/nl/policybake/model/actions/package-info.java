/**
 * Action lines as data: an action line with its rows and statuses, the table block that shows them in a document,
 * and the lineage that links an action line to the one it continues in an earlier period.
 */
package nl.policybake.model.actions;
