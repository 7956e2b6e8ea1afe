/**
 * Diagnostics: what the build tells an editor. A {@link nl.policybake.diag.Diagnostic} is a position in a source
 * file, a severity, a problem and a hint, already in the site's language; {@link nl.policybake.diag.Diagnostics}
 * collects them from every stage (thread-safe, capped) and hands them, sorted, to the CLI or the preview.
 * Imports nothing from the other policybake packages.
 */
package nl.policybake.diag;
