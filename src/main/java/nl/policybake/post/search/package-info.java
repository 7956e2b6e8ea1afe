/**
 * Search: builds the site's search index at build time from the rendered pages, so that the browser can search
 * the site without a server. Takes each rendered page's HTML as it is rendered (a {@code SearchIndexer.Session}
 * analyses it at once and keeps only its passages' texts and terms) and hands on the index files for the output
 * stage. Words are reduced to stems with {@link nl.policybake.post.search.DutchStemmer}, whose JavaScript twin
 * ({@code themes/default/static/search/stemmer.js}) stems the query in the browser to the same stems.
 */
package nl.policybake.post.search;
