package nl.policybake.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every command shares. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder, with site-config.properties, content/ and themes/ (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--verbose", description = "Print the time each stage took.")
    boolean verbose;
}
