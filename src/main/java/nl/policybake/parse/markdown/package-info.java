/**
 * The parts of the Markdown stage behind {@code parse.MarkdownRenderer}: our HTML writer over flexmark's tree
 * ({@link nl.policybake.parse.markdown.BodyHtml} with {@code InlineHtml} and {@code HtmlEscape}), the cleaning of raw
 * HTML under the {@code sanitize} policy, the markers of policybake's fenced blocks, and flexmark's tables,
 * abbreviation and autolink extensions behind cheaper tests. Depends on nothing else of {@code parse}; each class
 * says what flexmark output it must match, and its test holds it to flexmark's.
 */
package nl.policybake.parse.markdown;
