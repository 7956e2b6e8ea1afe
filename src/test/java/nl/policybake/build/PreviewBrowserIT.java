package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;
import nl.policybake.preview.PreviewSession;

/**
 * Runs {@code browser-tests/preview.mjs} in headless Chromium against {@code serve} of a copy of the sample site:
 * an open page follows a saved sentence, a changed status in an action-line CSV, a broken and a mended front matter
 * line by itself. It also saves a screenshot of the overlay in {@code target/screenshots/}. Needs what
 * {@link BrowserIT} needs, and is skipped or required the same way.
 */
class PreviewBrowserIT {

    @Test
    void theOpenPageFollowsTheEditor(@TempDir Path tmp) throws IOException, InterruptedException {
        String missing = BrowserIT.missing();
        if (!missing.isEmpty()) {
            assertTrue(!"required".equals(System.getenv("POLICYBAKE_BROWSER_TESTS")),
                    "browser tests are required here, but " + missing);
            Assumptions.abort("browser tests skipped: " + missing);
        }
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        for (String part : List.of("content", "themes", "site-config.properties")) {
            TestSite.copyTree(Path.of(part), site.resolve(part));
        }
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        try (PreviewSession session = new PreviewSession(new BuildOptions(site, tmp.resolve("out"), true, false, true),
                r -> { })) {
            assertTrue(session.start(InetAddress.getLoopbackAddress(), 0).isOk());
            Process node = new ProcessBuilder("node", "browser-tests/preview.mjs", session.server().url(),
                    site.toString(), shots.toString()).redirectErrorStream(true).start();
            boolean done = node.waitFor(3, TimeUnit.MINUTES);
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output);
            assertTrue(done, "preview browser checks did not finish in 3 minutes:\n" + output);
            assertEquals(0, node.exitValue(), output);
            assertTrue(output.contains("all preview checks passed"), output);
        }
    }
}
