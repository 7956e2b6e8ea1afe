package nl.policybake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;

/** {@code build}: the site into the output folder; exit 1 with every problem listed when the site has errors. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder. A failed build leaves the output as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR",
            description = "The output folder (default: output/ in the site folder).")
    Path output;

    @Option(names = "--drafts", description = "Include documents with status 'concept'.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path out = output != null ? output : site.site.resolve("output");
        BuildResult result = new SiteBuilder().build(new BuildOptions(site.site, out, drafts, site.strict, true));
        return Report.print(result, spec.commandLine().getOut(), spec.commandLine().getErr(), site.verbose);
    }
}
