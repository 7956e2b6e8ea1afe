/**
 * Orchestration: {@link nl.policybake.build.SiteBuilder} runs config, load, parse, render and output in order,
 * owns the diagnostics, and stops after any stage that recorded errors, so a failed build writes nothing.
 */
package nl.policybake.build;
