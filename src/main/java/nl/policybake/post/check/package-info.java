/**
 * The publishing gate's checks over the built output (run by {@code check}): internal links, anchors and loaded files
 * resolve, ids are unique, headings do not skip levels, images and charts have text alternatives, data tables have
 * captions and header cells with scope, the page language is set, statuses are more than a colour, external links
 * are well formed, nothing would be blocked by the Content-Security-Policy the page declares, and the theme's colours
 * and the chart palette meet the WCAG 2.1 AA contrast ratios. Problems are reported at the source line they come from
 * where one can be found.
 */
package nl.policybake.post.check;
