package nl.policybake.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import nl.policybake.parse.Slugs;

/**
 * Decides the shape of a synthetic site so that policybake builds exactly the requested number of pages: 10 to
 * 16 agendas (fewer for a small site), 2 to 4 periods each, action lines per period ({@link ActionLinePlanner}),
 * charts in the agendas' documents (each agenda with charts gets a monitor page), and the rest documents, spread
 * unevenly over the periods, each with the fenced blocks it shows. Everything follows from the seed; no clock is
 * read.
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
    private final ActionLinePlanner actionLines;
    private long nextSeed;

    SitePlanner(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.actionLines = new ActionLinePlanner(random, this::nextSeed);
    }

    /** A plan with exactly {@code pages} pages; {@code pages} must be at least {@link #MIN_PAGES}. */
    SitePlan plan(int pages) {
        if (pages < MIN_PAGES) throw new IllegalArgumentException("pages must be at least " + MIN_PAGES);
        List<Integer> periodCounts = periodCounts(pages);
        int agendas = periodCounts.size();
        int periods = sum(periodCounts);
        int[] offsets = new int[agendas];
        int[] starts = new int[periods];
        for (int a = 0, p = 0; a < agendas; a++) {
            offsets[a] = random.nextInt(SPANS.length - periodCounts.get(a) + 1);
            for (int i = 0; i < periodCounts.get(a); i++) starts[p++] = SPANS[offsets[a] + i][0];
        }
        // monitor and action-line pages take at most a third of the pages beyond one document per period;
        // each agenda gets charts (and so a monitor page) while that lasts
        int budget = (pages - SitePlan.FIXED_PAGES - 2 * agendas - 3 * periods) / 3;
        int monitors = Math.min(agendas, budget);
        int[] lines = actionLines.counts(periodCounts, starts, budget - monitors);
        int docs = pages - SitePlan.FIXED_PAGES - 2 * agendas - 2 * periods - monitors
                - ActionLinePlanner.pages(periodCounts, lines);
        int[] perPeriod = spread(docs, periods);
        List<SitePlan.Agenda> list = new ArrayList<>();
        List<String> regions = new ArrayList<>(Vocabulary.REGIONS);
        java.util.Collections.shuffle(regions, random);
        Set<String> ids = new HashSet<>();
        for (int a = 0, p = 0; a < agendas; p += periodCounts.get(a), a++) {
            String region = random.nextInt(3) == 0 || a >= regions.size() ? "Regio " + place(random) : regions.get(a);
            while (!ids.add(Slugs.of(region, "regio"))) region = "Regio " + place(random);
            List<String> municipalities = municipalities(9 + random.nextInt(8));
            List<SitePlan.Period> ps = periods(new Shape(offsets[a], p, periodCounts.get(a), a < monitors),
                    municipalities, perPeriod, lines);
            list.add(new SitePlan.Agenda(Slugs.of(region, "regio"), region, municipalities, nextSeed(),
                    List.copyOf(ps)));
        }
        return new SitePlan(List.copyOf(list));
    }

    /** 10 to 16 agendas (fewer for a small site) of 2 to 4 periods, such that each period can have a document. */
    private List<Integer> periodCounts(int pages) {
        List<Integer> periodCounts = new ArrayList<>();
        int agendas = Math.max(1, Math.min(10 + random.nextInt(7), pages / 20));
        for (int i = 0; i < agendas; i++) periodCounts.add(2 + random.nextInt(3));
        // shed periods, then agendas, until that fits
        while (SitePlan.FIXED_PAGES + 2 * periodCounts.size() + 3 * sum(periodCounts) > pages) {
            int largest = periodCounts.indexOf(periodCounts.stream().max(Integer::compare).orElseThrow());
            if (periodCounts.get(largest) > 1) {
                periodCounts.set(largest, periodCounts.get(largest) - 1);
            } else {
                periodCounts.remove(periodCounts.size() - 1);
            }
        }
        return periodCounts;
    }

    /**
     * An agenda's periods: from {@code SPANS[offset]} on, {@code count} of them, the first at {@code first} in plan
     * order; {@code charts} when the agenda has a monitor page.
     */
    private record Shape(int offset, int first, int count, boolean charts) {
    }

    private List<SitePlan.Period> periods(Shape shape, List<String> municipalities, int[] docs, int[] lines) {
        List<SitePlan.Period> ps = new ArrayList<>();
        SitePlan.Period previous = null;
        for (int i = 0; i < shape.count(); i++) {
            int p = shape.first() + i;
            SitePlan.Period period = period(SPANS[shape.offset() + i], docs[p], municipalities, shape.charts(),
                    actionLines.lines(lines[p], previous));
            if (!period.actionLines().isEmpty()) previous = period;
            ps.add(period);
        }
        boolean noChart = ps.stream().flatMap(q -> q.documents().stream()).allMatch(d -> d.blocks().charts() == 0);
        if (shape.charts() && noChart) {
            // the agenda was promised a monitor page
            ps.set(0, withFirstBlocks(ps.get(0), b -> new SitePlan.Blocks(b.actions(), 1, b.figureTable(),
                    b.budgetTable(), b.budgetChart())));
        }
        return ps;
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

    private SitePlan.Period period(int[] span, int docs, List<String> municipalities, boolean charts,
                                   List<SitePlan.ActionLine> lines) {
        String id = span[0] + "-" + span[1];
        String status = span[1] <= 2021 ? "afgerond" : span[0] <= 2022 ? "vastgesteld" : pick(DRAFT_STATUSES);
        LocalDate adopted = status.equals("afgerond") || status.equals("vastgesteld")
                ? LocalDate.of(span[0] - 1, 10 + random.nextInt(3), 1 + random.nextInt(28)) : null;
        List<SitePlan.Doc> list = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        boolean everyLineShown = lines.isEmpty();
        for (int i = 0; i < docs; i++) {
            SitePlan.Doc doc = document(span, i + 1, municipalities, slugs,
                    new Room(!lines.isEmpty(), !everyLineShown, charts));
            everyLineShown |= doc.blocks().actions() == SitePlan.ActionBlocks.EVERY_LINE;
            list.add(doc);
        }
        SitePlan.Period period = new SitePlan.Period(id, pick(PERIOD_TITLES) + " " + id, span[0], span[1], status,
                adopted, nextSeed(), lines, List.copyOf(list));
        // without an implementation plan, the first document shows the table
        return everyLineShown ? period : withFirstBlocks(period, b -> new SitePlan.Blocks(
                SitePlan.ActionBlocks.EVERY_LINE, b.figureCharts(), b.figureTable(), b.budgetTable(), b.budgetChart()));
    }

    /** Whether a document may show action lines, all of them (no document of its period does yet), and charts. */
    private record Room(boolean actionLines, boolean everyLine, boolean charts) {
    }

    private SitePlan.Doc document(int[] span, int order, List<String> municipalities, Set<String> slugs, Room room) {
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
                words, blocks(type, room), nextSeed());
    }

    /**
     * The blocks of a document of {@code type}. Monitor reports chart the period's key figures (1 to 3 charts, most
     * often 1) and show them as a table; one in five plans and applications has the budget table, a third of those
     * also its chart; one in ten evaluations and progress reports has a trend chart, and one in four shows a few
     * action lines. The first implementation plan of a period with action lines shows all of them.
     */
    private SitePlan.Blocks blocks(String type, Room room) {
        SitePlan.ActionBlocks actions = SitePlan.ActionBlocks.NONE;
        int charts = 0;
        boolean budget = false;
        boolean budgetChart = false;
        switch (type) {
            case "monitor" -> charts = 1 + random.nextInt(2) * (1 + random.nextInt(2));
            case "beleidsplan", "uitvoeringsplan", "aanvraag", "verbeteragenda" -> {
                budget = random.nextInt(5) == 0;
                budgetChart = budget && random.nextInt(3) == 0;
                if (type.equals("uitvoeringsplan") && room.everyLine()) actions = SitePlan.ActionBlocks.EVERY_LINE;
            }
            case "evaluatie", "rapportage" -> {
                charts = random.nextInt(10) == 0 ? 1 : 0;
                if (room.actionLines() && random.nextInt(4) == 0) actions = SitePlan.ActionBlocks.SOME_LINES;
            }
            default -> {
            }
        }
        return new SitePlan.Blocks(actions, room.charts() ? charts : 0, type.equals("monitor"), budget,
                room.charts() && budgetChart);
    }

    /** {@code period} with the blocks of its first document replaced by {@code change} of them. */
    private static SitePlan.Period withFirstBlocks(SitePlan.Period period, UnaryOperator<SitePlan.Blocks> change) {
        List<SitePlan.Doc> docs = new ArrayList<>(period.documents());
        SitePlan.Doc d = docs.get(0);
        docs.set(0, new SitePlan.Doc(d.slug(), d.title(), d.type(), d.topic(), d.date(), d.order(), d.tags(), d.words(),
                change.apply(d.blocks()), d.seed()));
        return new SitePlan.Period(period.id(), period.title(), period.fromYear(), period.toYear(), period.status(),
                period.adopted(), period.seed(), period.actionLines(), List.copyOf(docs));
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
