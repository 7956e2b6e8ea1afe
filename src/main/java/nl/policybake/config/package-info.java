/**
 * Site configuration: reads {@code site-config.properties} into an immutable {@link nl.policybake.config.SiteConfig}.
 * Every key is listed in {@link nl.policybake.config.ConfigKey}; an unknown key is an error with a suggestion.
 * Takes the file's bytes, hands on the record and any diagnostics.
 */
package nl.policybake.config;
