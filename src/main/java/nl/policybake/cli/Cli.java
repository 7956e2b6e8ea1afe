package nl.policybake.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command tree and the single entry point tests call. */
@Command(name = "policybake", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Builds the website of regional youth-care policy agendas from Markdown and CSV.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs {@code args}; output and errors go to the given writers. Returns the exit code, never exits. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.println("internal error: " + ex + "\n" + trace
                    + "This is a bug in policybake. Please report it with the lines above.");
            return ExitCode.INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes Errors through; this one has a remedy the editor or webmaster can apply
            err.println("internal error: " + e + "\nThe build needs more memory than the JVM may use. Run java with a "
                    + "larger heap, e.g. java -Xmx2g -jar policybake.jar build, and please report the site's size.");
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, serve or check.");
    }

    /** Prints the version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"policybake " + (v == null ? "development" : v)};
        }
    }
}
