package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs a test script of {@code browser-tests/} in node, for the theme's search scripts. Without node the calling
 * test is skipped, unless {@code POLICYBAKE_BROWSER_TESTS=required} (as in CI), where it fails.
 */
final class NodeScript {

    private NodeScript() {
    }

    /** What {@code script} printed; asserts that it finished within two minutes with exit code 0. */
    static String run(String script) throws IOException, InterruptedException {
        if (!isNodeInstalled()) {
            assertFalse("required".equals(System.getenv("POLICYBAKE_BROWSER_TESTS")),
                    "browser tests are required here (POLICYBAKE_BROWSER_TESTS=required), but node is not installed");
            Assumptions.abort(script + " skipped: node is not installed");
        }
        Process node = new ProcessBuilder("node", script).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(2, TimeUnit.MINUTES), script + " did not finish in 2 minutes:\n" + output);
        assertEquals(0, node.exitValue(), output);
        return output;
    }

    private static boolean isNodeInstalled() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
