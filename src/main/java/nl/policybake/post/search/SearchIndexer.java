package nl.policybake.post.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.policybake.render.SearchPage;

/**
 * Builds the search index from the rendered pages, split so that one query downloads little:
 * <ul>
 *   <li>{@code search/meta.json}: the facet names (agendas, periods, types, statuses) and the number of records;</li>
 *   <li>{@code search/terms/<xx>.json}: every stem that starts with {@code xx}, with the number of records that
 *       have it, for exact and prefix ("compound-friendly") matching;</li>
 *   <li>{@code search/p/<stem>.json}: the postings of one stem, flat: record, weight, agenda, period, type,
 *       status mask, current, the number of positions and the positions of the word in the passage (its heading
 *       and text, counted in words, stop words included) for phrase queries, then the next record;</li>
 *   <li>{@code search/r/<n>.json}: {@value #CHUNK} records each (URL, page title, heading, facets, text), fetched
 *       only for the results shown.</li>
 * </ul>
 * Weights count a word in the page title three times and in a heading twice, and are normalised by the passage's
 * length. Deterministic: records follow the pages' URLs, files are sorted.
 */
public final class SearchIndexer {

    static final int CHUNK = 8;

    /** The index files, by output path. */
    public Map<String, byte[]> index(List<SearchPage> pages) {
        Dictionary agendas = new Dictionary();
        Dictionary periods = new Dictionary();
        Dictionary types = new Dictionary();
        Dictionary statuses = new Dictionary();
        List<String> records = new ArrayList<>();
        Map<String, StringBuilder> postings = new TreeMap<>();
        Map<String, Integer> df = new TreeMap<>();
        List<SearchPage> sorted = new ArrayList<>(pages);
        sorted.sort(java.util.Comparator.comparing(SearchPage::url));
        for (SearchPage page : sorted) {
            int a = agendas.id(page.agenda());
            int p = periods.id(page.period());
            int t = types.id(page.type());
            int mask = 0;
            for (String s : page.statuses()) mask |= 1 << statuses.id(s);
            for (Sections.Section s : Sections.of(page.html())) {
                int rid = records.size();
                String url = page.url() + (s.anchor().isEmpty() ? "" : "#" + s.anchor());
                records.add("[" + Json.string(url) + "," + Json.string(page.title()) + "," + Json.string(s.heading())
                        + "," + a + "," + p + "," + t + "," + Json.string(s.snippetText()) + "]");
                Map<String, Double> scores = new TreeMap<>();
                Map<String, List<Integer>> positions = new HashMap<>();
                add(scores, null, Analyzer.words(page.title()), 3, 0);
                List<String> heading = Analyzer.words(s.heading());
                add(scores, positions, heading, 2, 0);
                List<String> body = Analyzer.words(s.text());
                add(scores, positions, body, 1, heading.size());
                double norm = Math.sqrt(1 + body.size() / 50.0);
                for (Map.Entry<String, Double> e : scores.entrySet()) {
                    long w = Math.max(1, Math.round(100 * e.getValue() / norm));
                    StringBuilder sb = postings.computeIfAbsent(e.getKey(), k -> new StringBuilder());
                    if (sb.length() > 0) sb.append(',');
                    List<Integer> pos = positions.getOrDefault(e.getKey(), List.of());
                    sb.append(rid).append(',').append(w).append(',').append(a).append(',').append(p).append(',')
                            .append(t).append(',').append(mask).append(',').append(page.current() ? 1 : 0)
                            .append(',').append(pos.size());
                    for (int position : pos) sb.append(',').append(position);
                    df.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        files.put("search/meta.json", bytes("{\"version\":1,\"records\":" + records.size() + ",\"chunk\":" + CHUNK
                + ",\"agendas\":" + agendas.json() + ",\"periods\":" + periods.json() + ",\"types\":" + types.json()
                + ",\"statuses\":" + statuses.json() + "}"));
        postings.forEach((stem, list) -> files.put("search/p/" + stem + ".json", bytes("[" + list + "]")));
        Map<String, StringBuilder> terms = new TreeMap<>();
        df.forEach((stem, n) -> {
            StringBuilder sb = terms.computeIfAbsent(stem.substring(0, 2), k -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : ",").append(Json.string(stem)).append(':').append(n);
        });
        terms.forEach((prefix, list) -> files.put("search/terms/" + prefix + ".json", bytes("{" + list + "}")));
        for (int start = 0; start < records.size(); start += CHUNK) {
            List<String> chunk = records.subList(start, Math.min(records.size(), start + CHUNK));
            files.put("search/r/" + (start / CHUNK) + ".json", bytes("[" + String.join(",", chunk) + "]"));
        }
        return files;
    }

    /**
     * Adds the stems of {@code words} with {@code boost} each, and their positions from {@code offset} on when
     * {@code positions} is given.
     */
    private static void add(Map<String, Double> scores, Map<String, List<Integer>> positions, List<String> words,
                            int boost, int offset) {
        for (int i = 0; i < words.size(); i++) {
            String term = Analyzer.term(words.get(i));
            if (term == null || term.length() < 2) continue;
            scores.merge(term, (double) boost, Double::sum);
            if (positions != null) positions.computeIfAbsent(term, k -> new ArrayList<>()).add(offset + i);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Facet values numbered in the order they are first seen. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String name) {
            return ids.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        String json() {
            return "[" + String.join(",", names.stream().map(Json::string).toList()) + "]";
        }
    }
}
