/**
 * The records templates see. Every value is ready to print: dates formatted, labels translated, URLs complete.
 * Rendered Markdown is the only HTML, typed as Pebble's {@code SafeString}; everything else is escaped by Pebble.
 * No maps, no lazy lookups.
 */
package nl.policybake.render.view;
