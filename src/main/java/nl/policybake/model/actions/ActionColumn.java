package nl.policybake.model.actions;

/** The columns of an action-line row that a table can show, in their default order. */
public enum ActionColumn {
    RESULTAAT,
    ACTIVITEITEN,
    PARTNERS,
    SCHAAL,
    JAAR,
    DEADLINE,
    OPBRENGST,
    GEMEENTE,
    BUDGET,
    STATUS,
    TOELICHTING
}
