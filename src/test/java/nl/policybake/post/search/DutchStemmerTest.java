package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DutchStemmerTest {

    private static final String DATA = "/snowball-dutch-porter/";

    @Test
    void reproducesTheSnowballReferenceStemForEveryWord() throws IOException {
        List<String> words = lines("voc.txt");
        List<String> stems = lines("output.txt");
        assertEquals(words.size(), stems.size(), "voc.txt and output.txt must have as many lines");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String got = DutchStemmer.stem(words.get(i));
            if (!got.equals(stems.get(i))) {
                differences.add("'" + words.get(i) + "': expected '" + stems.get(i) + "', got '" + got + "'");
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + words.size() + " words stem differently, first: "
                    + String.join("; ", differences.subList(0, Math.min(10, differences.size()))));
        }
        assertEquals(45670, words.size());
    }

    @Test
    void stemsPolicyWords() {
        assertEquals("jeugdhulpaanbieder", DutchStemmer.stem("jeugdhulpaanbieders"));
        assertEquals("gemeent", DutchStemmer.stem("gemeenten"));
        assertEquals("gemeent", DutchStemmer.stem("gemeente"));
        assertEquals("jeugdzorg", DutchStemmer.stem("jeugdzorg"));
        assertEquals("beleid", DutchStemmer.stem("beleid"));
    }

    @Test
    void removesAccentsButKeepsGraveE() {
        assertEquals("client", DutchStemmer.stem("cliënten"));
        assertEquals("client", DutchStemmer.stem("clienten"));
        // After the accent is gone, -en follows a vowel and stays.
        assertEquals("ideeen", DutchStemmer.stem("ideeën"));
        assertEquals("crèch", DutchStemmer.stem("crèche"));
    }

    @Test
    void treatsIAndYBetweenVowelsAsConsonants() {
        assertEquals("mooi", DutchStemmer.stem("mooie"));
        assertEquals("royal", DutchStemmer.stem("royale"));
    }

    @Test
    void removesSuffixesOnlyInsideTheirRegion() {
        assertEquals("mogelijk", DutchStemmer.stem("mogelijkheden"));
        assertEquals("vrijheid", DutchStemmer.stem("vrijheid"));
        assertEquals("uitvoer", DutchStemmer.stem("uitvoering"));
        assertEquals("ban", DutchStemmer.stem("banen"));
    }

    @Test
    void leavesShortWordsAlone() {
        assertEquals("en", DutchStemmer.stem("en"));
        assertEquals("", DutchStemmer.stem(""));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> DutchStemmer.stem(null));
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = DutchStemmerTest.class.getResourceAsStream(DATA + name)) {
            assertNotNull(in, "test resource " + DATA + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
