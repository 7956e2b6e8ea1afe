package nl.policybake.post.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.policybake.render.SearchPage;

/** The indexer as it was before sessions (commit 1d4fb23), kept as the oracle that sessions give the same bytes. */
final class LegacySearchIndexer {

    /** Pages analysed at a time: enough to keep both cores busy, few enough not to hold every page's terms. */
    private static final int BATCH = 256;

    Map<String, byte[]> index(List<SearchPage> pages) {
        Dictionary agendas = new Dictionary();
        Dictionary periods = new Dictionary();
        Dictionary types = new Dictionary();
        Dictionary statuses = new Dictionary();
        Dictionary combos = new Dictionary();
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Postings> postings = new TreeMap<>();
        Terms terms = new Terms();
        int rid = 0;
        List<SearchPage> sorted = new ArrayList<>(pages);
        sorted.sort(java.util.Comparator.comparing(SearchPage::url));
        // the passages are analysed in parallel, then numbered and merged in the pages' order, so the bytes are
        // the same as one thread's
        for (int from = 0; from < sorted.size(); from += BATCH) {
            List<SearchPage> batch = sorted.subList(from, Math.min(sorted.size(), from + BATCH));
            List<List<Passage>> analysed = batch.parallelStream().map(page -> analyse(page, terms)).toList();
            for (int i = 0; i < batch.size(); i++) {
                SearchPage page = batch.get(i);
                int a = agendas.id(page.agenda());
                int p = periods.id(page.period());
                int t = types.id(page.type());
                int mask = 0;
                for (String s : page.statuses()) mask |= 1 << statuses.id(s);
                int combo = combos.id("[" + a + "," + p + "," + t + "," + mask + "," + (page.current() ? 1 : 0) + "]");
                for (Passage passage : analysed.get(i)) {
                    files.put("search/r/" + rid + ".json", bytes("[" + passage.url + "," + passage.title + ","
                            + passage.heading + "," + a + "," + p + "," + t + "," + passage.snippet + "]"));
                    for (Map.Entry<String, Double> e : passage.scores.entrySet()) {
                        long w = Math.max(1, Math.round(100 * e.getValue() / passage.norm));
                        postings.computeIfAbsent(e.getKey(), k -> new Postings())
                                .add(rid, w, combo, passage.positions.getOrDefault(e.getKey(), List.of()));
                    }
                    rid++;
                }
            }
        }
        files.put("search/meta.json", bytes("{\"version\":3,\"records\":" + rid + ",\"agendas\":" + agendas.json()
                + ",\"periods\":" + periods.json() + ",\"types\":" + types.json() + ",\"statuses\":"
                + statuses.json() + ",\"combos\":[" + String.join(",", combos.names) + "]}"));
        Map<String, StringBuilder> prefixes = new TreeMap<>();
        postings.forEach((stem, list) -> {
            files.put("search/p/" + stem + ".json", bytes("\"" + list.postings + "\""));
            if (list.positions.length() > 0) {
                files.put("search/q/" + stem + ".json", bytes("\"" + list.positions + "\""));
            }
            StringBuilder sb = prefixes.computeIfAbsent(stem.substring(0, Math.min(3, stem.length())), k -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : ",").append(Json.string(stem)).append(':').append(list.count);
        });
        prefixes.forEach((prefix, list) -> files.put("search/terms/" + prefix + ".json", bytes("{" + list + "}")));
        return files;
    }

    /** One passage, analysed: its record's JSON strings, its stems' scores and positions, and its length norm. */
    private record Passage(String url, String title, String heading, String snippet, Map<String, Double> scores,
                           Map<String, List<Integer>> positions, double norm) {
    }

    private static List<Passage> analyse(SearchPage page, Terms terms) {
        List<Passage> passages = new ArrayList<>();
        String title = Json.string(page.title());
        List<String> titleWords = Analyzer.words(page.title());
        for (Sections.Section s : Sections.of(new String(page.html(), StandardCharsets.UTF_8))) {
            String url = page.url() + (s.anchor().isEmpty() ? "" : "#" + s.anchor());
            Map<String, Double> scores = new TreeMap<>();
            Map<String, List<Integer>> positions = new HashMap<>();
            add(scores, null, titleWords, 3, 0, terms);
            List<String> heading = Analyzer.words(s.heading());
            add(scores, positions, heading, 2, 0, terms);
            List<String> body = Analyzer.words(s.text());
            add(scores, positions, body, 1, heading.size(), terms);
            passages.add(new Passage(Json.string(url), title, Json.string(s.heading()), Json.string(s.snippetText()),
                    scores, positions, Math.sqrt(1 + body.size() / 50.0)));
        }
        return passages;
    }

    /** The postings and positions of one stem while they are collected, records as differences. */
    private static final class Postings {
        final StringBuilder postings = new StringBuilder();
        final StringBuilder positions = new StringBuilder();
        int last;
        int lastWithPositions;
        int count;

        void add(int rid, long weight, int combo, List<Integer> at) {
            count++;
            Base64Varint.append(postings, rid - last);
            Base64Varint.append(postings, weight);
            Base64Varint.append(postings, combo);
            last = rid;
            if (!at.isEmpty()) {
                Base64Varint.append(positions, rid - lastWithPositions);
                Base64Varint.append(positions, at.size());
                int previous = 0;
                for (int position : at) {
                    Base64Varint.append(positions, position - previous);
                    previous = position;
                }
                lastWithPositions = rid;
            }
        }
    }

    /**
     * Adds the stems of {@code words} with {@code boost} each, and their positions from {@code offset} on when
     * {@code positions} is given.
     */
    private static void add(Map<String, Double> scores, Map<String, List<Integer>> positions, List<String> words,
                            int boost, int offset, Terms terms) {
        for (int i = 0; i < words.size(); i++) {
            String term = terms.of(words.get(i));
            if (term == null || term.length() < 2) continue;
            scores.merge(term, (double) boost, Double::sum);
            if (positions != null) positions.computeIfAbsent(term, k -> new ArrayList<>()).add(offset + i);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@link Analyzer#term} with each word's stem computed once per build, shared by the analysing threads. */
    private static final class Terms {
        private static final String NONE = "";
        private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();

        String of(String word) {
            String term = stems.computeIfAbsent(word, w -> {
                String t = Analyzer.term(w);
                return t == null ? NONE : t;
            });
            return term.isEmpty() ? null : term;
        }
    }

    /** Values numbered in the order they are first seen. */
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
