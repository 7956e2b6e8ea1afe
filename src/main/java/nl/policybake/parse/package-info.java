/**
 * Parsing: turns {@link nl.policybake.load.SourceFile}s into the {@link nl.policybake.model.Site} model. Decodes
 * UTF-8 strictly, splits front matter (YAML or the JBake header), checks every key against the schema of its kind
 * of file, renders Markdown with flexmark (one shared parser), resolves links between source files and reports
 * every problem with file and line.
 * <p>Over the house style's 15 types on purpose for now: markdown, front matter and layout share package-private
 * types; {@code parse.markdown} is the next split.
 */
package nl.policybake.parse;
