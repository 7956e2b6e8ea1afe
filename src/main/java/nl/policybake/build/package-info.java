/**
 * Orchestration: {@link nl.policybake.build.SiteBuilder} runs config, load, parse, render and output in order,
 * owns the diagnostics, and stops after any stage that recorded errors, so a failed build writes nothing.
 * {@code BuildRecorder} lets a one-off build skip all of that when nothing changed since the
 * build recorded in the output folder.
 */
package nl.policybake.build;
