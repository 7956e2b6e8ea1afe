/**
 * Action-line pages: the view records of the overview, the page per action line, the status dashboard, the partner
 * index and the comparison between periods, and the tables that {@code actielijnen} blocks put inside documents.
 */
package nl.policybake.render.actions;
