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
            err.println(outOfMemory(e, Runtime.getRuntime().maxMemory()));
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** What to do when the heap ran out: the JVM's limit, and how to raise it with the launcher or with java. */
    static String outOfMemory(OutOfMemoryError e, long maxBytes) {
        long mb = maxBytes / (1024 * 1024);
        long more = Math.max(2, (mb * 2 + 1023) / 1024);
        return "internal error: " + e + "\npolicybake needs more memory than the JVM may use (at most " + mb + " MB). "
                + "With bin/policybake, set a larger heap, e.g. POLICYBAKE_HEAP=" + more + "g bin/policybake ...; with "
                + "java, use -Xmx, e.g. java -Xmx" + more + "g -jar policybake.jar .... Please report the site's size.";
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
