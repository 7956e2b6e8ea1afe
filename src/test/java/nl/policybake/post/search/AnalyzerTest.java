package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AnalyzerTest {

    /** What search.js does: lower case, NFKD, marks out, split on anything but a-z and 0-9. */
    private static List<String> reference(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void foldsEveryCodePointAsTheBrowserScriptDoes() {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c <= 0x2ffff; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xffff) continue;
            text.append('q').appendCodePoint(c).append("a ");
            if (text.length() > 4000 || c == 0x2ffff) {
                assertEquals(reference(text.toString()), Analyzer.words(text.toString()),
                        "near U+" + Integer.toHexString(c));
                text.setLength(0);
            }
        }
    }
}
