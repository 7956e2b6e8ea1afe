package nl.policybake.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;

/**
 * {@code check}: builds the site in memory, without writing, checks every built page and the theme (links, anchors,
 * files, ids, headings, text alternatives, tables, language, statuses, external links, contrast, what the theme's
 * Content-Security-Policy would block; docs/checks.md) and reports every problem: what an editor runs before a push.
 * Drafts are included, so they are checked too. {@code --verbose} prints the time of each stage, {@code check} among
 * them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the site (builds it without writing) and lists every problem with file and line.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(site.site, site.site.resolve("output"), true,
                site.strict, false, true));
        return Report.print(result, spec.commandLine().getOut(), spec.commandLine().getErr(), site.verbose);
    }
}
