package nl.policybake.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.policybake.parse.Slugs;

/**
 * Decides the shape of a synthetic site so that policybake builds exactly the requested number of pages: 10 to
 * 16 agendas (fewer for a small site), 2 to 4 periods each, and the rest documents, spread unevenly over the
 * periods. Everything follows from the seed; no clock is read.
 */
final class SitePlanner {

    /** The smallest site: home, 404, a plain page, one agenda with one period and one document. */
    static final int MIN_PAGES = SitePlan.FIXED_PAGES + 2 + 2 + 1;

    private static final int[][] SPANS = {{2015, 2017}, {2018, 2021}, {2022, 2025}, {2026, 2029}};
    private static final List<String> PERIOD_TITLES = List.of("Beleidskader Zorg voor Jeugd",
            "Regionale agenda zorg voor jeugd", "Uitvoeringsagenda jeugdhulp", "Regiovisie jeugd", "Koersdocument jeugd");
    private static final List<String> DRAFT_STATUSES = List.of("werkversie", "consultatieversie", "ter vaststelling");
    private static final List<String> TYPES = List.of("beleidsplan", "uitvoeringsplan", "evaluatie", "monitor",
            "aanvraag", "verbeteragenda", "rapportage", "besluit", "document");
    private static final List<String> GENERAL_TAGS =
            List.of("jeugdhulp", "gemeenten", "regio", "financien", "monitoring", "kwaliteit", "inkoop");

    private final long seed;
    private final Random random;
    private long nextSeed;

    SitePlanner(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A plan with exactly {@code pages} pages; {@code pages} must be at least {@link #MIN_PAGES}. */
    SitePlan plan(int pages) {
        if (pages < MIN_PAGES) throw new IllegalArgumentException("pages must be at least " + MIN_PAGES);
        List<Integer> periodCounts = new ArrayList<>();
        int agendas = Math.max(1, Math.min(10 + random.nextInt(7), pages / 20));
        for (int i = 0; i < agendas; i++) periodCounts.add(2 + random.nextInt(3));
        // every period needs at least one document: shed periods, then agendas, until that fits
        while (SitePlan.FIXED_PAGES + 2 * periodCounts.size() + 3 * sum(periodCounts) > pages) {
            int largest = periodCounts.indexOf(periodCounts.stream().max(Integer::compare).orElseThrow());
            if (periodCounts.get(largest) > 1) {
                periodCounts.set(largest, periodCounts.get(largest) - 1);
            } else {
                periodCounts.remove(periodCounts.size() - 1);
            }
        }
        int periods = sum(periodCounts);
        int docs = pages - SitePlan.FIXED_PAGES - 2 * periodCounts.size() - 2 * periods;
        int[] perPeriod = spread(docs, periods);
        List<SitePlan.Agenda> list = new ArrayList<>();
        List<String> regions = new ArrayList<>(Vocabulary.REGIONS);
        java.util.Collections.shuffle(regions, random);
        Set<String> ids = new HashSet<>();
        int p = 0;
        for (int a = 0; a < periodCounts.size(); a++) {
            String region = random.nextInt(3) == 0 || a >= regions.size() ? "Regio " + place(random) : regions.get(a);
            while (!ids.add(Slugs.of(region, "regio"))) region = "Regio " + place(random);
            List<String> municipalities = municipalities(9 + random.nextInt(8));
            int count = periodCounts.get(a);
            int offset = random.nextInt(SPANS.length - count + 1);
            List<SitePlan.Period> ps = new ArrayList<>();
            for (int i = 0; i < count; i++) ps.add(period(SPANS[offset + i], perPeriod[p++], municipalities));
            list.add(new SitePlan.Agenda(Slugs.of(region, "regio"), region, municipalities, nextSeed(),
                    List.copyOf(ps)));
        }
        return new SitePlan(List.copyOf(list));
    }

    /** Splits {@code docs} over {@code periods}, each at least one, unevenly but deterministically. */
    private int[] spread(int docs, int periods) {
        double[] weights = new double[periods];
        double total = 0;
        for (int i = 0; i < periods; i++) {
            weights[i] = 0.5 + random.nextDouble();
            total += weights[i];
        }
        int extra = docs - periods;
        int[] counts = new int[periods];
        int given = 0;
        for (int i = 0; i < periods; i++) {
            counts[i] = 1 + (int) Math.floor(extra * weights[i] / total);
            given += counts[i] - 1;
        }
        for (int i = 0; given < extra; i = (i + 1) % periods, given++) counts[i]++;
        return counts;
    }

    private SitePlan.Period period(int[] span, int docs, List<String> municipalities) {
        String id = span[0] + "-" + span[1];
        String status = span[1] <= 2021 ? "afgerond" : span[0] <= 2022 ? "vastgesteld" : pick(DRAFT_STATUSES);
        LocalDate adopted = status.equals("afgerond") || status.equals("vastgesteld")
                ? LocalDate.of(span[0] - 1, 10 + random.nextInt(3), 1 + random.nextInt(28)) : null;
        List<SitePlan.Doc> list = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < docs; i++) list.add(document(span, i + 1, municipalities, slugs));
        return new SitePlan.Period(id, pick(PERIOD_TITLES) + " " + id, span[0], span[1], status, adopted,
                nextSeed(), List.copyOf(list));
    }

    private SitePlan.Doc document(int[] span, int order, List<String> municipalities, Set<String> slugs) {
        String type = pick(TYPES);
        String[] topic = pick(Vocabulary.TOPICS);
        int year = span[0] + random.nextInt(span[1] - span[0] + 1);
        String base = title(type, topic[0], year, span, pick(municipalities));
        String title = base;
        for (int n = 2; !slugs.add(Slugs.of(title, "document")); n++) title = base + " (deel " + n + ")";
        LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
        List<String> tags = new ArrayList<>(List.of(topic[1], type));
        String general = pick(GENERAL_TAGS);
        if (!tags.contains(general)) tags.add(general);
        // 800 to 3000 words, most of them short: many notes and decisions, a few long plans (mean about 1350)
        double r = random.nextDouble();
        int words = 800 + (int) (2200 * r * r * r);
        return new SitePlan.Doc(Slugs.of(title, "document"), title, type, topic[0], date, order, List.copyOf(tags),
                words, nextSeed());
    }

    private String title(String type, String topic, int year, int[] span, String municipality) {
        return switch (type) {
            case "beleidsplan" -> "Beleidsplan " + topic + " " + span[0] + "-" + span[1];
            case "uitvoeringsplan" -> "Uitvoeringsplan " + topic + " " + year;
            case "evaluatie" -> (random.nextBoolean() ? "Tussentijdse evaluatie " : "Evaluatie ") + topic + " " + year;
            case "monitor" -> "Kwartaalmonitor " + topic + " Q" + (1 + random.nextInt(4)) + " " + year;
            case "aanvraag" -> "Aanvraag transformatiefonds " + topic;
            case "verbeteragenda" -> "Verbeteragenda " + topic + " " + year;
            case "rapportage" -> "Voortgangsrapportage " + topic + " gemeente " + municipality + " " + year;
            case "besluit" -> "Besluit " + topic + " " + year;
            default -> "Notitie " + topic + " " + municipality;
        };
    }

    private List<String> municipalities(int n) {
        Set<String> names = new java.util.TreeSet<>();
        while (names.size() < n) names.add(place(random));
        return List.copyOf(names);
    }

    /** A made-up Dutch place name such as "Westerbroek" or "Hooghoven". */
    static String place(Random random) {
        String start = Vocabulary.PLACE_STARTS.get(random.nextInt(Vocabulary.PLACE_STARTS.size()));
        String end = Vocabulary.PLACE_ENDS.get(random.nextInt(Vocabulary.PLACE_ENDS.size()));
        return end.startsWith(start.toLowerCase(java.util.Locale.ROOT)) ? start + "e" + end : start + end;
    }

    private long nextSeed() {
        return mix(seed + 0x9E3779B97F4A7C15L * ++nextSeed);
    }

    /** SplitMix64's finaliser: spreads consecutive numbers over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
