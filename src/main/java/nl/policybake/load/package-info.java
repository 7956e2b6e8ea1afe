/**
 * Loading: walks the site folder ({@code site-config.properties}, {@code content/}, {@code themes/<theme>/}) and
 * reads every file's bytes, without parsing them. Refuses paths that lead outside the site (symbolic links) and
 * hands on {@link nl.policybake.load.SourceFile}s, sorted by path.
 */
package nl.policybake.load;
