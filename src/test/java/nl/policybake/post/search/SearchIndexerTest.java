package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.policybake.render.SearchPage;

class SearchIndexerTest {

    private static final String HTML = """
            <html><body><nav>Menu wachtlijsten</nav><main><h1>Plan</h1><nav class="toc">Inhoud</nav>
            <p>Inleiding over de cliënten.</p>
            <h2 id="wachtlijsten">Wachtlijsten</h2><p>De wachtlijsten in de jeugdzorg worden korter.</p>
            <h3 id="aanpak">Aanpak</h3><p>Raad voor de Kinderbescherming en gemeenten.</p></main></body></html>
            """;

    private static Map<String, byte[]> index() {
        return new SearchIndexer().index(List.of(
                new SearchPage("/r/2020-2023/plan/", "Plan", "Regio", "2020-2023", true, "Evaluatie", List.of("geel"), HTML.getBytes(StandardCharsets.UTF_8)),
                new SearchPage("/", "Start", "", "", true, "Pagina", List.of(), "<main><p>Welkom.</p></main>".getBytes(StandardCharsets.UTF_8))));
    }

    private static String file(Map<String, byte[]> files, String path) {
        assertTrue(files.containsKey(path), path + " in " + files.keySet());
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** A gzip file of the index, read by the JDK's reader, which checks its header, CRC-32 and length. */
    private static String gunzipped(Map<String, byte[]> files, String path) {
        assertTrue(files.containsKey(path), path + " in " + files.keySet());
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(files.get(path)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(path + " is not a good gzip file", e);
        }
    }

    @Test
    void splitsPagesIntoPassagesAtHeadingsAndLeavesNavigationOut() {
        Map<String, byte[]> files = index();
        assertEquals("{\"version\":5,\"records\":4,\"shard\":16,\"common\":100,\"top\":10,\"agendas\":[\"\",\"Regio\"],"
                + "\"periods\":[\"\",\"2020-2023\"],\"types\":[\"Pagina\",\"Evaluatie\"],\"statuses\":[\"geel\"]}",
                file(files, "search/meta.json"));
        assertEquals("[[0,0,0,0,1,1],[1,1,1,1,1,3]]", file(files, "search/combos.json"));
        assertEquals("{\"pages\":[[\"/\",\"Start\",0,0,0],[\"/r/2020-2023/plan/\",\"Plan\",1,1,1]],\"records\":["
                + "[0,\"\",\"\",\"Welkom.\"],[1,\"\",\"\",\"Inleiding over de cliënten.\"],"
                + "[1,\"wachtlijsten\",\"Wachtlijsten\",\"De wachtlijsten in de jeugdzorg worden korter.\"],"
                + "[1,\"aanpak\",\"Aanpak\",\"Raad voor de Kinderbescherming en gemeenten.\"]]}",
                gunzipped(files, "search/r/0.json.gz"));
        String records = gunzipped(files, "search/r/0.json.gz");
        assertTrue(!records.contains("Menu") && !records.contains("Inhoud"), records);
    }

    @Test
    void recordsGoSixteenToAFileInTheirOrder() {
        List<SearchPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            pages.add(new SearchPage(String.format("/a/p%04d/", i), "Pagina " + i, "A", "1", true, "Plan", List.of(),
                    ("<main><p>Tekst " + i + ".</p></main>").getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, byte[]> files = new SearchIndexer().index(pages);
        // 1100 records: 68 full files, compressed 64 at a time, and the 12 records left in a 69th
        List<String> names = files.keySet().stream().filter(p -> p.startsWith("search/r/")).sorted().toList();
        assertEquals(69, names.size());
        assertTrue(files.containsKey("search/r/68.json.gz") && !files.containsKey("search/r/69.json.gz"), names.toString());
        String last = gunzipped(files, "search/r/68.json.gz");
        assertTrue(last.startsWith("{\"pages\":[[\"/a/p1088/\",\"Pagina 1088\",0,0,0],"), last);
        assertTrue(last.endsWith("[11,\"\",\"\",\"Tekst 1099.\"]]}"), last);
        String middle = gunzipped(files, "search/r/64.json.gz");
        assertTrue(middle.startsWith("{\"pages\":[[\"/a/p1024/\","), middle);
    }

    @Test
    void shortPostingsComeAlongInTheTermFileWithWeightLevelsAndPositions() {
        Map<String, byte[]> files = index();
        // record 2 (the passage "Wachtlijsten"): heading (2) and text (1) give 300 over a norm of sqrt(1 + 7/50),
        // level round(10 ln(281 / 4)) = 43 ('r'); it stands at word 0 (the heading) and word 2 (after "De")
        assertEquals(43, StemPostings.level(281));
        assertEquals("{\"wachtlijst\":[1,\"Cr\",\"CCAC\"]}", file(files, "search/terms/wac.json"));
        String raad = file(files, "search/terms/rad.json");
        assertTrue(raad.contains("\"rad\":[1,\"D"), raad);
        assertTrue(files.keySet().stream().noneMatch(p -> p.startsWith("search/p/") || p.startsWith("search/q/")),
                files.keySet().toString());
    }

    @Test
    void commonStemsListTheirTopRecordsCurrentPeriodFirstThenByWeight() {
        List<SearchPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String text = "jeugdhulp ".repeat(1 + i % 5) + "en nog wat woorden over iets anders";
            pages.add(new SearchPage(String.format("/a/p%03d/", i), "Pagina", "A", "1", i % 4 == 0, "Plan",
                    List.of(), ("<main><p>" + text + "</p></main>").getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, byte[]> files = new SearchIndexer().index(pages);
        // pages 0, 4, 8, ... are current and come first (one combination); among them the heaviest: i % 5 == 4
        // (i = 4, 24, 44, ...), then i % 5 == 3 (i = 8, 28, ...)
        String terms = file(files, "search/terms/jeu.json");
        assertEquals("{\"jeugdhulp\":[120,[1,6,11,16,21,26,2,7,12,17]]}", terms);
        long[] p = Base64Varint.decode(file(files, "search/p/jeugdhulp.json").replaceAll("\"", "")
                .replaceAll("(.)(.)", "$1"));
        assertEquals(120, p.length);
    }

    @Test
    void weightLevelsGrowTenToEachFactorE() {
        assertEquals(0, StemPostings.level(1));
        assertEquals(0, StemPostings.level(4));
        assertEquals(10, StemPostings.level(11));
        assertEquals(63, StemPostings.level(1_000_000));
    }

    @Test
    void writesNumbersInFiveBitGroups() {
        Base64Varint.Buffer text = new Base64Varint.Buffer();
        for (long v : new long[] {0, 31, 32, 1023, 1024, 123_456_789}) text.append(v);
        text.appendLetter(5);
        assertEquals("A" + "f" + "hA" + "_f" + "hgA", text.toString().substring(0, 9));
        assertEquals("F", text.toString().substring(text.length() - 1));
        assertArrayEquals(new long[] {0, 31, 32, 1023, 1024, 123_456_789, 5}, Base64Varint.decode(text.toString()));
        StringBuilder sb = new StringBuilder("x");
        text.appendTo(sb);
        assertEquals("x" + text, sb.toString());
        assertEquals("\"" + text + "\"", new String(text.quoted(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void foldsDiacriticsAndLeavesStopWordsOut() {
        assertEquals(List.of("client", "ideeen", "ij"), Analyzer.words("Cliënt, ideeën; ĳ"));
        assertEquals(null, Analyzer.term("de"));
        assertTrue(file(index(), "search/terms/cli.json").startsWith("{\"client\":"));
    }

    @Test
    void theBrowserScriptLeavesOutTheSameStopWords() throws java.io.IOException {
        String js = java.nio.file.Files.readString(java.nio.file.Path.of("themes/default/static/search/search.js"));
        String list = js.substring(js.indexOf("var STOP = ["), js.indexOf("];", js.indexOf("var STOP = [")));
        java.util.Set<String> words = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([a-z]+)'").matcher(list);
        while (m.find()) words.add(m.group(1));
        assertEquals(new java.util.TreeSet<>(Analyzer.STOP), words);
    }

    @Test
    void aSessionRefusesPagesAfterItIsFinishedAndTwoPagesWithOneUrl() {
        SearchPage page = new SearchPage("/a/", "A", "", "", true, "Pagina", List.of(),
                "<main><p>a</p></main>".getBytes(StandardCharsets.UTF_8));
        SearchIndexer.Session session = new SearchIndexer().start();
        session.add(page);
        session.add(page);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, session::finish);
        assertEquals("two pages with URL /a/", twice.getMessage());
        assertThrows(IllegalStateException.class, () -> session.add(page));
        assertThrows(IllegalStateException.class, session::finish);
    }

    @Test
    void theSamePagesGiveTheSameBytes() {
        Map<String, byte[]> a = index();
        Map<String, byte[]> b = index();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }
}
