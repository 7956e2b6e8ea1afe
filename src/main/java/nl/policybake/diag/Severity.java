package nl.policybake.diag;

/** How bad a diagnostic is. Errors fail the build; warnings fail it only with {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING
}
