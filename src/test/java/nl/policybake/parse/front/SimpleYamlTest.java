package nl.policybake.parse.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

/** The simple reader must give snakeyaml's fields whenever it answers, and answer for the headers we write. */
class SimpleYamlTest {

    @Test
    void readsTheHeadersOfOurContentAsSnakeyamlDoes() {
        List<String> header = List.of(
                "title: \"Evaluatie veiligheid en jeugdbescherming 2018\"",
                "type: evaluatie",
                "date: 2018-03-18",
                "summary: \"Per subregio: de rol van de POH #jeugd, 'thuis' en € 12,5 mln.\"",
                "tags: [jeugdbescherming, evaluatie, kwaliteit]",
                "order: 223",
                "municipalities: ['Alphen aan den Rijn', \"Gouda\", Zuidplas]",
                "region: Holland Rijnland",
                "url: https://example.org/a?b=c",
                "empty: []",
                "note: C# en 50% en a-b en x:y en [niet] een lijst");
        Map<String, FrontMatter.Field> fields = SimpleYaml.read(header).orElseThrow();
        assertEquals(List.copyOf(composed(header).orElseThrow().values()), List.copyOf(fields.values()));
        assertEquals(new FrontMatter.Field("tags", List.of("jeugdbescherming", "evaluatie", "kwaliteit"), true, 6),
                fields.get("tags"));
        assertEquals(new FrontMatter.Field("summary", List.of("Per subregio: de rol van de POH #jeugd, 'thuis' en "
                + "€ 12,5 mln."), false, 5), fields.get("summary"));
    }

    @Test
    void leavesWhatItIsNotSureOfToSnakeyaml() {
        for (String line : List.of("title:", "title: ", "title: a: b", "title: a #b", "title: - a", "title: *a",
                "title: &a x", "title: !x y", "title: |", "title: >", "title: 'it''s'", "title: \"a\\\"b\"",
                "title: \"a\" b", "tags: [a, b", "tags: [a, [b]]", "tags: [a, ]", "tags: [a: b]", "tags: [ ]",
                "tags: [\"a, b\"]", " title: a", "title:\ta", "title: a\tb", "ti tle: a", "1title: a", "-x: a",
                "title: {a: b}", "title: %x", "title: @x", "title: `x`", "title: a\u2028b", "# comment",
                "", "- a")) {
            assertEquals(Optional.empty(), SimpleYaml.read(List.of(line)), line);
        }
        assertEquals(Optional.empty(), SimpleYaml.read(List.of("title: a", "title: b")), "a duplicate");
        assertEquals(Optional.empty(), SimpleYaml.read(List.of("title: a", "  b")), "a continued line");
    }

    @Test
    void keepsUnicodeSpacesWhereYamlKeepsThem() {
        // YAML strips spaces only; an em space before a quote makes the quote part of a plain scalar
        for (String line : List.of("title: \u2003\"a\"", "title:  \u3000'b'", "title: \"c\"\u3000",
                "tags: ['' \u3000]", "tags: [\u2003d, e\u00a0]", "title: \u00a0f\u00a0")) {
            Optional<Map<String, FrontMatter.Field>> composed = composed(List.of(line));
            Optional<Map<String, FrontMatter.Field>> simple = SimpleYaml.read(List.of(line));
            if (simple.isPresent()) assertEquals(composed, simple, line);
        }
        Map<String, FrontMatter.Field> fields = SimpleYaml.read(List.of("title: \u2003\"a\"")).orElseThrow();
        assertEquals(List.of("\"a\""), fields.get("title").values());
    }

    @Test
    void agreesWithSnakeyamlOnRandomLines() {
        Random random = new Random(20261124);
        String chars = "ab é€:: ## \"\"''[],,-\\{}&*!|>%@`~?\t.";
        int answered = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> header = new ArrayList<>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                StringBuilder value = new StringBuilder();
                for (int i = random.nextInt(8); i >= 0; i--) value.append(chars.charAt(random.nextInt(chars.length())));
                String v = switch (random.nextInt(4)) {
                    case 0 -> "\"" + value + "\"";
                    case 1 -> "[" + value + "]";
                    default -> value.toString();
                };
                header.add((random.nextBoolean() ? "k" : "k" + k) + ": " + v);
            }
            Optional<Map<String, FrontMatter.Field>> simple = SimpleYaml.read(header);
            if (simple.isEmpty()) continue;
            answered++;
            Optional<Map<String, FrontMatter.Field>> composed = composed(header);
            assertTrue(composed.isPresent(), header.toString());
            assertEquals(List.copyOf(composed.get().values()), List.copyOf(simple.get().values()), header.toString());
        }
        assertTrue(answered > 1_000, "answered " + answered);
    }

    @Test
    void readsEveryHeaderOfTheSampleSiteAsSnakeyamlDoes() throws IOException {
        int read = 0;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.get(0).equals("---")) continue;
                List<String> header = lines.subList(1, lines.subList(1, lines.size()).indexOf("---") + 1);
                Optional<Map<String, FrontMatter.Field>> simple = SimpleYaml.read(header);
                assertTrue(simple.isPresent(), file.toString());
                assertEquals(List.copyOf(composed(header).orElseThrow().values()), List.copyOf(simple.get().values()),
                        file.toString());
                read++;
            }
        }
        assertTrue(read >= 20, "read " + read);
    }

    private static Optional<Map<String, FrontMatter.Field>> composed(List<String> header) {
        return FrontMatterParser.composed("x.md", header, new Diagnostics(Messages.forLanguage("nl"), false));
    }
}
