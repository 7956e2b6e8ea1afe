package nl.policybake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import java.net.InetAddress;
import java.net.UnknownHostException;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.diag.Messages;
import nl.policybake.preview.PreviewSession;

/**
 * {@code serve}: builds with drafts, serves the output on 127.0.0.1 and rebuilds on every change until stopped.
 * A failed first build is reported like a failed rebuild: the server starts anyway and shows the problems, so the
 * editor can fix them with the preview open.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site with drafts, serves it on 127.0.0.1 for preview, and rebuilds on every change "
                + "to content/, the theme or site-config.properties. Open pages reload by themselves; build errors "
                + "show on every page until they are fixed."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port; the next free one is taken if it is in use (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback makes the "
                    + "preview reachable from the network: use it only on a trusted one.")
    String bind;

    @Option(names = "--output", paramLabel = "DIR", description = "The output folder (default: output/ in the site folder).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address = address(bind);
        Path dir = output != null ? output : site.site.resolve("output");
        boolean[] first = {true};
        try (PreviewSession session = new PreviewSession(new BuildOptions(site.site, dir, true, site.strict, true),
                result -> report(result, first, out, err))) {
            BuildResult result;
            try {
                result = session.start(address, port);
            } catch (java.net.BindException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--bind': cannot listen on "
                        + bind + " (" + e.getMessage() + ")");
            }
            Messages m = result.diagnostics().messages();
            String note = session.server().port() != port ? m.text("serve.portTaken", port) : "";
            out.println(m.text("serve.started", session.server().url(), note).strip());
            if (!address.isLoopbackAddress()) err.println(m.text("serve.notLoopback", address.getHostAddress()));
            out.flush();
            err.flush();
            new CountDownLatch(1).await();
        }
        return ExitCode.OK;
    }

    /** An IP address written out (no host name: looking one up would need the network). */
    private InetAddress address(String text) {
        // a valid literal is parsed without a look-up; 300.1.1.1 would be taken for a host name, so octets are checked
        boolean literal = (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                && java.util.Arrays.stream(text.split("\\.")).allMatch(o -> Integer.parseInt(o) <= 255))
                || (text.contains(":") && text.matches("[0-9a-fA-F:.]+"));
        try {
            if (literal) return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            // a malformed IPv6 literal: said below
        }
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--bind': '" + text
                + "' is not an IP address (for example 127.0.0.1, or 0.0.0.0 for every network)");
    }

    private void report(BuildResult result, boolean[] first, PrintWriter out, PrintWriter err) {
        synchronized (this) {
            if (first[0] || !result.isOk()) {
                Report.print(result, out, err, site.verbose);
            } else {
                if (site.verbose) Report.stages(result, out);
                result.diagnostics().sorted().forEach(d -> err.println(d.format()));
                out.println(result.diagnostics().messages().text("serve.rebuilt", result.millis(),
                        result.changed().size()));
            }
            if (!result.isOk()) err.println(result.diagnostics().messages().text("serve.kept"));
            first[0] = false;
            out.flush();
            err.flush();
        }
    }
}
