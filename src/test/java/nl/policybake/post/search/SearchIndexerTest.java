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

    @Test
    void splitsPagesIntoPassagesAtHeadingsAndLeavesNavigationOut() {
        Map<String, byte[]> files = index();
        assertEquals("{\"version\":3,\"records\":4,\"agendas\":[\"\",\"Regio\"],\"periods\":[\"\",\"2020-2023\"],"
                + "\"types\":[\"Pagina\",\"Evaluatie\"],\"statuses\":[\"geel\"],\"combos\":[[0,0,0,0,1],[1,1,1,1,1]]}",
                file(files, "search/meta.json"));
        assertEquals("[\"/r/2020-2023/plan/#wachtlijsten\",\"Plan\",\"Wachtlijsten\",1,1,1,"
                + "\"De wachtlijsten in de jeugdzorg worden korter.\"]", file(files, "search/r/2.json"));
        String all = file(files, "search/r/0.json") + file(files, "search/r/1.json") + file(files, "search/r/3.json");
        assertTrue(!all.contains("Menu") && !all.contains("Inhoud"), all);
    }

    @Test
    void postingsCarryFacetsWeightsAndPositionsForPhrases() {
        Map<String, byte[]> files = index();
        String wacht = DutchStemmer.stem("wachtlijsten");
        // record 2 (the passage "Wachtlijsten"), facet combination 1 (agenda 1, period 1, type 1, geel, current);
        // it stands at word 0 (the heading) and word 1 of the text
        long[] p = numbers(file(files, "search/p/" + wacht + ".json"));
        assertEquals(3, p.length);
        assertEquals(2, p[0]);
        assertEquals(1, p[2]);
        assertArrayEquals(new long[] {2, 2, 0, 2}, numbers(file(files, "search/q/" + wacht + ".json")));
        assertArrayEquals(new long[] {3, 1, 1}, numbers(file(files, "search/q/" + DutchStemmer.stem("raad") + ".json")));
        assertArrayEquals(new long[] {3, 1, 4},
                numbers(file(files, "search/q/" + DutchStemmer.stem("kinderbescherming") + ".json")));
        assertTrue(file(files, "search/terms/wac.json").contains("\"" + DutchStemmer.stem("wachtlijsten") + "\":1"));
    }

    private static long[] numbers(String json) {
        assertTrue(json.startsWith("\"") && json.endsWith("\""), json);
        return Base64Varint.decode(json.substring(1, json.length() - 1));
    }

    @Test
    void writesNumbersInFiveBitGroups() {
        StringBuilder sb = new StringBuilder();
        for (long v : new long[] {0, 31, 32, 1023, 1024, 123_456_789}) Base64Varint.append(sb, v);
        assertEquals("A" + "f" + "hA" + "_f" + "hgA", sb.substring(0, 9));
        assertArrayEquals(new long[] {0, 31, 32, 1023, 1024, 123_456_789}, Base64Varint.decode(sb.toString()));
    }

    @Test
    void foldsDiacriticsAndLeavesStopWordsOut() {
        assertEquals(List.of("client", "ideeen", "ij"), Analyzer.words("Cliënt, ideeën; ĳ"));
        assertEquals(null, Analyzer.term("de"));
        assertTrue(index().containsKey("search/p/client.json"));
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
        SearchPage page = new SearchPage("/a/", "A", "", "", true, "Pagina", List.of(), "<main><p>a</p></main>".getBytes(StandardCharsets.UTF_8));
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
