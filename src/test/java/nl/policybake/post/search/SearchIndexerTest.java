package nl.policybake.post.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
                new SearchPage("/r/2020-2023/plan/", "Plan", "Regio", "2020-2023", true, "Evaluatie", List.of("geel"), HTML),
                new SearchPage("/", "Start", "", "", true, "Pagina", List.of(), "<main><p>Welkom.</p></main>")));
    }

    private static String file(Map<String, byte[]> files, String path) {
        assertTrue(files.containsKey(path), path + " in " + files.keySet());
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void splitsPagesIntoPassagesAtHeadingsAndLeavesNavigationOut() {
        Map<String, byte[]> files = index();
        assertEquals("{\"version\":1,\"records\":4,\"chunk\":8,\"agendas\":[\"\",\"Regio\"],\"periods\":[\"\",\"2020-2023\"],"
                + "\"types\":[\"Pagina\",\"Evaluatie\"],\"statuses\":[\"geel\"]}", file(files, "search/meta.json"));
        String records = file(files, "search/r/0.json");
        assertTrue(records.contains("[\"/r/2020-2023/plan/#wachtlijsten\",\"Plan\",\"Wachtlijsten\",1,1,1,"
                + "\"De wachtlijsten in de jeugdzorg worden korter.\"]"), records);
        assertTrue(!records.contains("Menu") && !records.contains("Inhoud"), records);
    }

    @Test
    void postingsCarryFacetsWeightsAndPositionsForPhrases() {
        Map<String, byte[]> files = index();
        String wacht = file(files, "search/p/" + DutchStemmer.stem("wachtlijsten") + ".json");
        // record 2 (the passage "Wachtlijsten"): heading word 0, body word 1; facets agenda 1, period 1, type 1,
        // status mask 1 (geel), current
        assertTrue(wacht.matches("\\[2,\\d+,1,1,1,1,1,2,0,2\\]"), wacht);
        String raad = file(files, "search/p/" + DutchStemmer.stem("raad") + ".json");
        String kinder = file(files, "search/p/" + DutchStemmer.stem("kinderbescherming") + ".json");
        assertTrue(raad.endsWith(",1,1,1,1,1,1,1]") && kinder.endsWith(",1,1,1,1,1,1,4]"), raad + " " + kinder);
        assertTrue(file(files, "search/terms/wa.json").contains("\"" + DutchStemmer.stem("wachtlijsten") + "\":1"));
    }

    @Test
    void foldsDiacriticsAndLeavesStopWordsOut() {
        assertEquals(List.of("client", "ideeen", "ij"), Analyzer.words("Cliënt, ideeën; ĳ"));
        assertEquals(null, Analyzer.term("de"));
        assertTrue(index().containsKey("search/p/client.json"));
    }

    @Test
    void theSamePagesGiveTheSameBytes() {
        Map<String, byte[]> a = index();
        Map<String, byte[]> b = index();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }
}
