package nl.policybake.cli;

/** The process exit codes. */
public final class ExitCode {

    /** The site was built (or checked) without errors. */
    public static final int OK = 0;
    /** The site has errors; they were printed. */
    public static final int SITE_ERRORS = 1;
    /** The command line was wrong; the message and the usage were printed. */
    public static final int USAGE = 2;
    /** A bug in policybake; the stack trace was printed. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
