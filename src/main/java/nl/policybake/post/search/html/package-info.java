/**
 * Passages for the search index: reads a rendered page's UTF-8 bytes and hands on the passages of its main content
 * (heading id, heading, text), with text nodes decoded and normalised as jsoup does, without building a DOM. Only
 * for {@code post.search}; not an API.
 */
package nl.policybake.post.search.html;
