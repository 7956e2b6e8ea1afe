package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;
import nl.policybake.preview.PreviewServer;

/**
 * Runs {@code browser-tests/run.mjs} in headless Chromium against the sample site served by the preview server:
 * the action-line filters at desktop and phone widths, the page without JavaScript, the period switcher, no request
 * to another host and no JavaScript error. Needs node, {@code npm ci} in {@code browser-tests/} and Debian's
 * chromium; {@code .ci/run} installs them and sets {@code POLICYBAKE_BROWSER_TESTS=required}, so in CI a missing
 * piece fails the test. On a machine without them the test is skipped and says what is missing.
 */
class BrowserIT {

    private static final Path SCRIPT = Path.of("browser-tests/run.mjs");

    @Test
    void filtersAndNavigationWorkInARealBrowser(@TempDir Path out) throws IOException, InterruptedException {
        String missing = missing();
        if (!missing.isEmpty()) {
            assertTrue(!"required".equals(System.getenv("POLICYBAKE_BROWSER_TESTS")),
                    "browser tests are required here, but " + missing);
            Assumptions.abort("browser tests skipped: " + missing);
        }
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), out, false, false, true));
        assertEquals("", String.join("\n", TestSite.lines(result)));
        try (PreviewServer server = PreviewServer.start(out, 0)) {
            Process node = new ProcessBuilder("node", SCRIPT.toString(), server.url()).redirectErrorStream(true).start();
            boolean done = node.waitFor(5, TimeUnit.MINUTES);
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output);
            assertTrue(done, "browser tests did not finish in 5 minutes:\n" + output);
            assertEquals(0, node.exitValue(), output);
            assertTrue(output.contains("all browser checks passed"), output);
        }
    }

    static String missing() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) return chromium + " is not installed (Debian package chromium)";
        if (!Files.isDirectory(Path.of("browser-tests/node_modules/playwright-core"))) {
            return "browser-tests/node_modules is missing (run npm ci --prefix browser-tests)";
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) return "node does not run";
        } catch (IOException | InterruptedException e) {
            return "node is not installed";
        }
        return "";
    }
}
