/**
 * The command line: {@code build}, {@code serve} and {@code check}. Parses arguments (picocli), runs the build,
 * prints diagnostics and the summary, and turns the outcome into an exit code ({@link nl.policybake.cli.ExitCode}).
 * Only {@link nl.policybake.cli.Main} calls {@code System.exit}.
 */
package nl.policybake.cli;
