/**
 * The publishing gate's checks over the built output: internal links and anchors resolve, ids are unique, headings do
 * not skip levels, images and charts have text alternatives, data tables have captions and header cells with scope,
 * the page language is set, external links are well formed, and nothing inline would be blocked by a strict
 * Content-Security-Policy. Problems are reported against the source the page comes from.
 */
package nl.policybake.post.check;
