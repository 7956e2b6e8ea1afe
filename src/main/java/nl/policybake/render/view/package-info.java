/**
 * The records templates see. Every value is ready to print: dates formatted, labels translated, URLs complete.
 * Rendered Markdown is the only HTML, typed as Pebble's {@code SafeString}; everything else is escaped by Pebble.
 * No maps, no lazy lookups.
 * <p>More than 15 small records on purpose: one view record per kind of page keeps templates free of maps.
 */
package nl.policybake.render.view;
