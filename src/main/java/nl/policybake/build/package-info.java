/**
 * Orchestration: {@link nl.policybake.build.SiteBuilder} runs config, load, parse, render and output in order,
 * owns the diagnostics, and stops after any stage that recorded errors, so a failed build writes nothing.
 * A one-off build that writes streams its pages to disk a part at a time ({@code StreamingBuild}); other builds
 * render into memory and then index, check and write ({@code RenderedOutput}). An incremental builder keeps what it
 * wrote ({@code IncrementalState}) and rebuilds a text edit in place ({@code TextRebuild}).
 * {@code BuildRecorder} lets a one-off build skip all of that when nothing changed since the build recorded in the
 * site folder.
 */
package nl.policybake.build;
