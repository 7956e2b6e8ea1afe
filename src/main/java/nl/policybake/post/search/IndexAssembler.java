package nl.policybake.post.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers the analysed pages' passages and writes the index files (the format is described in
 * {@link SearchIndexer}). Runs once, on one thread, after every page was analysed.
 *
 * <p>Records are numbered by facet combination (in the order the combinations first occur in URL order), then by
 * URL, so each combination is one run of record numbers and the postings need not repeat it.
 */
final class IndexAssembler {

    /** A stem in this many records is common: the browser looks for no compounds and uses its top records. */
    static final int COMMON = 100;
    /** Postings and positions of at most this many characters together go into the term file itself. */
    static final int INLINE = 64;

    private final Dictionary agendas = new Dictionary();
    private final Dictionary periods = new Dictionary();
    private final Dictionary types = new Dictionary();
    private final Dictionary statuses = new Dictionary();
    private final Dictionary combos = new Dictionary();
    private final Map<String, byte[]> files = new TreeMap<>();

    Map<String, byte[]> assemble(List<AnalysedPage> analysed, String[] stems) {
        List<AnalysedPage> pages = new ArrayList<>(analysed);
        pages.sort(Comparator.comparing(AnalysedPage::url));
        Map<AnalysedPage, int[]> facets = new IdentityHashMap<>();
        for (AnalysedPage page : pages) facets.put(page, facets(page));
        // stable: within a combination the pages stay in URL order
        pages.sort(Comparator.comparingInt(page -> facets.get(page)[3]));
        StemPostings[] postings = new StemPostings[stems.length];
        int[] perCombo = new int[combos.names.size()];
        RecordShards records = new RecordShards(files);
        int rid = 0;
        for (AnalysedPage page : pages) {
            int[] f = facets.get(page);
            Varints.Reader texts = new Varints.Reader(page.texts());
            Varints.Reader terms = new Varints.Reader(page.terms());
            for (int i = 0; i < page.passages(); i++, rid++) {
                records.add(page, f, texts);
                perCombo[f[3]]++;
                for (int n = terms.next(); n > 0; n--) {
                    int id = terms.next();
                    if (postings[id] == null) postings[id] = new StemPostings();
                    postings[id].add(rid, terms.next(), page.current(), terms);
                }
            }
        }
        records.finish();
        writeMeta(rid, perCombo);
        writeTerms(stems, postings);
        return files;
    }

    private void writeMeta(int records, int[] perCombo) {
        files.put("search/meta.json", bytes("{\"version\":5,\"records\":" + records + ",\"shard\":"
                + RecordShards.SIZE + ",\"common\":" + COMMON + ",\"top\":" + StemPostings.TOP + ",\"agendas\":"
                + agendas.json() + ",\"periods\":" + periods.json() + ",\"types\":" + types.json()
                + ",\"statuses\":" + statuses.json() + "}"));
        StringBuilder json = new StringBuilder();
        for (int c = 0; c < perCombo.length; c++) {
            String combo = combos.names.get(c);
            // the combination's array with its record count added
            json.append(c == 0 ? "" : ",").append(combo, 0, combo.length() - 1).append(',').append(perCombo[c])
                    .append(']');
        }
        files.put("search/combos.json", bytes("[" + json + "]"));
    }

    /** The page's agenda, period, type and facet combination. */
    private int[] facets(AnalysedPage page) {
        int a = agendas.id(page.agenda());
        int p = periods.id(page.period());
        int t = types.id(page.type());
        int mask = 0;
        for (String s : page.statuses()) mask |= 1 << statuses.id(s);
        int combo = combos.id("[" + a + "," + p + "," + t + "," + mask + "," + (page.current() ? 1 : 0) + "]");
        return new int[] {a, p, t, combo};
    }

    private void writeTerms(String[] stems, StemPostings[] postings) {
        Integer[] order = new Integer[stems.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> stems[i]));
        Map<String, StringBuilder> prefixes = new TreeMap<>();
        for (int id : order) {
            StemPostings list = postings[id];
            if (list == null) continue;
            String stem = stems[id];
            String prefix = stem.substring(0, Math.min(3, stem.length()));
            StringBuilder sb = prefixes.computeIfAbsent(prefix, k -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : ",").append(Json.string(stem)).append(':');
            if (list.postings.length() + list.positions.length() <= INLINE) {
                sb.append('[').append(list.count()).append(",\"");
                list.postings.appendTo(sb);
                sb.append("\",\"");
                list.positions.appendTo(sb);
                sb.append("\"]");
                continue;
            }
            files.put("search/p/" + stem + ".json", list.postings.quoted());
            if (list.positions.length() > 0) {
                files.put("search/q/" + stem + ".json", list.positions.quoted());
            }
            if (list.count() >= COMMON) {
                sb.append('[').append(list.count()).append(",[");
                int[] top = list.top();
                for (int i = 0; i < top.length; i++) sb.append(i == 0 ? "" : ",").append(top[i]);
                sb.append("]]");
            } else {
                sb.append(list.count());
            }
        }
        prefixes.forEach((prefix, list) -> files.put("search/terms/" + prefix + ".json", bytes("{" + list + "}")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
