package nl.policybake.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import nl.policybake.bench.SyntheticSite;

/** Our table extension, which skips paragraphs without a pipe, must find exactly the tables flexmark's own finds. */
class TableCandidatesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "| a | b |\n|---|--:|\n| 1 | 2 |\n[Tabel 1: Som]\n",
        "a | b\n--- | ---\n1 | 2\n",
        "| alleen |\n|---|\n",
        "Tekst\n| a |\n|---|\n| 1 |\n\nmeer",
        "Geen tabel: a | b en `x | y` en \\| los.\n",
        "| a \\| b | `c | d` |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n",
        "- | a |\n  |---|\n  | 1 |\n\n> | q |\n> |---|\n> | 2 |\n",
        "Kop\n---\n\n|---|\n| a |\n\n| a |\n|:-:|\n[Tabel *2*]\n| b |\n|---|\n",
        "---|---\n\n| - | - |\n",
    })
    void findsTheTablesFlexmarkFinds(String markdown) {
        assertEquals(html(markdown, TablesExtension.create()), html(markdown, new TableCandidates()), markdown);
    }

    @Test
    void findsTheTablesFlexmarkFindsInTheSampleSiteAndASyntheticSite(@TempDir Path dir) throws IOException {
        new SyntheticSite(100, SyntheticSite.DEFAULT_SEED, Path.of("themes", "default")).write(dir);
        int tables = 0;
        for (Path root : List.of(Path.of("content"), dir.resolve("content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String markdown = Files.readString(f, StandardCharsets.UTF_8);
                    String html = html(markdown, new TableCandidates());
                    assertEquals(html(markdown, TablesExtension.create()), html, f.toString());
                    if (html.contains("<table>")) tables++;
                }
            }
        }
        assertTrue(tables >= 30, tables + " files with a table");
    }

    /** HTML with policybake's table options and {@code tables} as the table extension. */
    private static String html(String markdown, Extension tables) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(tables, FootnoteExtension.create(), new Abbreviations()))
                .set(TablesExtension.WITH_CAPTION, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
