package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code browser-tests/stemmer.test.mjs} in node: the browser stemmer ({@code stemmer.js}) must give
 * Snowball's reference stem for every word, as {@link DutchStemmerTest} demands of the Java stemmer, so that the
 * two agree. Needs node only (no npm packages). Without node the test is skipped, unless
 * {@code POLICYBAKE_BROWSER_TESTS=required} (as in CI), where it fails.
 */
class StemmerJsIT {

    @Test
    void browserStemmerAgreesWithTheReferenceVocabulary() throws IOException, InterruptedException {
        if (!isNodeInstalled()) {
            assertFalse("required".equals(System.getenv("POLICYBAKE_BROWSER_TESTS")),
                    "browser tests are required here (POLICYBAKE_BROWSER_TESTS=required), but node is not installed");
            Assumptions.abort("stemmer.js test skipped: node is not installed");
        }
        Process node = new ProcessBuilder("node", "browser-tests/stemmer.test.mjs").redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(2, TimeUnit.MINUTES), "stemmer.test.mjs did not finish in 2 minutes:\n" + output);
        assertEquals(0, node.exitValue(), output);
        assertTrue(output.contains("ok - all 45670 words agree with output.txt"), output);
        assertTrue(output.contains("# 45670/45670 words agree"), output);
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
