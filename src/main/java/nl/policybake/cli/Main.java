package nl.policybake.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar policybake.jar <command>}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // charts are drawn with AWT; a build server or a terminal session has no display
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
