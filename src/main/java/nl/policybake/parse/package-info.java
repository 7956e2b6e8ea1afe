/**
 * Parsing: turns {@link nl.policybake.load.SourceFile}s into the {@link nl.policybake.model.Site} model. Decodes
 * UTF-8 strictly, splits front matter (YAML or the JBake header), checks every key against the schema of its kind
 * of file, renders Markdown with flexmark (one shared parser), resolves links between source files and reports
 * every problem with file and line. {@code parse.front} reads the front matter, {@code parse.markdown} holds what
 * {@code MarkdownRenderer} builds on; neither depends on this package.
 */
package nl.policybake.parse;
