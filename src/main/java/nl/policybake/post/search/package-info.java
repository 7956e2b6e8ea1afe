/**
 * Search: builds the site's search index at build time from the rendered pages, so that the browser can search
 * the site without a server. Takes the rendered HTML of each page and hands on the index data for the output
 * stage. Words are reduced to stems with {@link nl.policybake.post.search.DutchStemmer}, whose JavaScript twin
 * ({@code themes/default/static/search/stemmer.js}) stems the query in the browser to the same stems.
 */
package nl.policybake.post.search;
