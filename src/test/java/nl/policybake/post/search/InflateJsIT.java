package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code browser-tests/inflate.test.mjs} in node: the gunzip that {@code search.js} falls back on in browsers
 * without {@code DecompressionStream} ({@code inflate.js}) must give back what zlib compressed, in every kind of
 * deflate block, and refuse broken files with a message. Needs node only; see {@link NodeScript}.
 */
class InflateJsIT {

    @Test
    void fallbackGunzipGivesBackWhatZlibCompressed() throws IOException, InterruptedException {
        assertEquals("ok - 53 of 53 checks\n", NodeScript.run("browser-tests/inflate.test.mjs"));
    }
}
