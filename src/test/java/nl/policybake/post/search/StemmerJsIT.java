package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code browser-tests/stemmer.test.mjs} in node: the browser stemmer ({@code stemmer.js}) must give
 * Snowball's reference stem for every word, as {@link DutchStemmerTest} demands of the Java stemmer, so that the
 * two agree. Needs node only (no npm packages); see {@link NodeScript} for when it is skipped.
 */
class StemmerJsIT {

    @Test
    void browserStemmerAgreesWithTheReferenceVocabulary() throws IOException, InterruptedException {
        String output = NodeScript.run("browser-tests/stemmer.test.mjs");
        assertTrue(output.contains("ok - all 45670 words agree with output.txt"), output);
        assertTrue(output.contains("# 45670/45670 words agree"), output);
    }
}
