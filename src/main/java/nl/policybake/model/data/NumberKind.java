package nl.policybake.model.data;

/** What a number in a data file stands for, as its cell shows: a plain number, a percentage or an amount of money. */
public enum NumberKind {
    NUMBER,
    PERCENT,
    MONEY
}
