package nl.policybake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;
import nl.policybake.preview.PreviewServer;

/**
 * {@code serve}: builds with drafts and serves the output on 127.0.0.1 until stopped. Stops with exit 1 when the
 * first build fails, since there is nothing to show.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site with drafts and serves it on 127.0.0.1 for preview.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port; the next free one is taken if it is in use (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--output", paramLabel = "DIR", description = "The output folder (default: output/ in the site folder).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = output != null ? output : site.site.resolve("output");
        BuildResult result = new SiteBuilder().build(new BuildOptions(site.site, dir, true, site.strict, true));
        int code = Report.print(result, out, spec.commandLine().getErr());
        if (code != ExitCode.OK) return code;
        try (PreviewServer server = PreviewServer.start(dir, port)) {
            String note = server.port() != port ? result.diagnostics().messages().text("serve.portTaken", port) : "";
            out.println(result.diagnostics().messages().text("serve.started", server.url(), note).strip());
            out.flush();
            new CountDownLatch(1).await();
        }
        return ExitCode.OK;
    }
}
