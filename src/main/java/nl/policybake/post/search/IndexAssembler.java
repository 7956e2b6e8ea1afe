package nl.policybake.post.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers the analysed pages' passages and writes the index files (the format is described in
 * {@link SearchIndexer}). Runs once, on one thread, after every page was analysed; the pages' order is the URLs'.
 */
final class IndexAssembler {

    private final Dictionary agendas = new Dictionary();
    private final Dictionary periods = new Dictionary();
    private final Dictionary types = new Dictionary();
    private final Dictionary statuses = new Dictionary();
    private final Dictionary combos = new Dictionary();
    private final Map<String, byte[]> files = new TreeMap<>();

    Map<String, byte[]> assemble(List<AnalysedPage> analysed, String[] stems) {
        List<AnalysedPage> pages = new ArrayList<>(analysed);
        pages.sort(Comparator.comparing(AnalysedPage::url));
        Postings[] postings = new Postings[stems.length];
        int rid = 0;
        for (AnalysedPage page : pages) {
            int a = agendas.id(page.agenda());
            int p = periods.id(page.period());
            int t = types.id(page.type());
            int mask = 0;
            for (String s : page.statuses()) mask |= 1 << statuses.id(s);
            int combo = combos.id("[" + a + "," + p + "," + t + "," + mask + "," + (page.current() ? 1 : 0) + "]");
            String title = Json.string(page.title());
            Varints.Reader texts = new Varints.Reader(page.texts());
            Varints.Reader terms = new Varints.Reader(page.terms());
            for (int i = 0; i < page.passages(); i++, rid++) {
                String anchor = texts.nextString();
                String url = page.url() + (anchor.isEmpty() ? "" : "#" + anchor);
                String heading = texts.nextString();
                String snippet = texts.nextString();
                files.put("search/r/" + rid + ".json", bytes("[" + Json.string(url) + "," + title + ","
                        + Json.string(heading) + "," + a + "," + p + "," + t + "," + Json.string(snippet) + "]"));
                for (int n = terms.next(); n > 0; n--) {
                    int id = terms.next();
                    if (postings[id] == null) postings[id] = new Postings();
                    postings[id].add(rid, terms.next(), combo, terms);
                }
            }
        }
        files.put("search/meta.json", bytes("{\"version\":3,\"records\":" + rid + ",\"agendas\":" + agendas.json()
                + ",\"periods\":" + periods.json() + ",\"types\":" + types.json() + ",\"statuses\":"
                + statuses.json() + ",\"combos\":[" + String.join(",", combos.names) + "]}"));
        writeTerms(stems, postings);
        return files;
    }

    private void writeTerms(String[] stems, Postings[] postings) {
        Integer[] order = new Integer[stems.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> stems[i]));
        Map<String, StringBuilder> prefixes = new TreeMap<>();
        for (int id : order) {
            Postings list = postings[id];
            if (list == null) continue;
            String stem = stems[id];
            files.put("search/p/" + stem + ".json", bytes("\"" + list.postings + "\""));
            if (list.positions.length() > 0) files.put("search/q/" + stem + ".json", bytes("\"" + list.positions + "\""));
            StringBuilder sb = prefixes.computeIfAbsent(stem.substring(0, Math.min(3, stem.length())), k -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : ",").append(Json.string(stem)).append(':').append(list.count);
        }
        prefixes.forEach((prefix, list) -> files.put("search/terms/" + prefix + ".json", bytes("{" + list + "}")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The postings and positions of one stem while they are collected, records as differences. */
    private static final class Postings {
        final StringBuilder postings = new StringBuilder();
        final StringBuilder positions = new StringBuilder();
        int last;
        int lastWithPositions;
        int count;

        /** Adds record {@code rid}, reading the stem's positions there from {@code terms}. */
        void add(int rid, int weight, int combo, Varints.Reader terms) {
            count++;
            Base64Varint.append(postings, rid - last);
            Base64Varint.append(postings, weight);
            Base64Varint.append(postings, combo);
            last = rid;
            int n = terms.next();
            if (n == 0) return;
            Base64Varint.append(positions, rid - lastWithPositions);
            Base64Varint.append(positions, n);
            for (int k = 0; k < n; k++) Base64Varint.append(positions, terms.next());
            lastWithPositions = rid;
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
