package nl.policybake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A period's {@code actielijnen.csv} as an editor exports it from Excel (the columns of the Noordoost-Brabant
 * implementation plan plus status, explanation and {@code Vervolg op}), and the prose of its action lines. Rows after
 * an action line's first either repeat its number and title or leave them empty, as Excel exports merged cells;
 * activities may hold line breaks. Statuses follow the period: mostly rated in finished periods, partly in the
 * current one, not yet in drafts.
 */
final class ActionLineWriter {

    static final String FILE = "actielijnen.csv";
    private static final List<String> HEADER = List.of("Actielijn", "Titel", "Resultaat",
            "Project / proces / activiteiten", "Betrokken partners", "Regionaal / lokaal", "Agenda / jaar", "Status",
            "Toelichting", "Vervolg op");
    private static final List<String> SCALES = List.of("Regionaal", "Regionaal", "Subregionaal", "Lokaal",
            "Regionaal / lokaal");
    private static final List<String> GREEN = List.of("groen", "Groen", "groen: gerealiseerd");
    private static final List<String> YELLOW = List.of("geel", "geel: loopt met aandachtspunten", "Geel: loopt");
    private static final List<String> RED = List.of("rood", "rood: niet gerealiseerd");

    private ActionLineWriter() {
    }

    /** The CSV of the period's action lines, which must not be empty. */
    static String table(SitePlan.Agenda agenda, SitePlan.Period period) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (SitePlan.ActionLine line : period.actionLines()) {
            ProseGenerator prose = new ProseGenerator(new Random(line.seed()), setting(agenda, period));
            Random random = prose.random();
            boolean merged = random.nextBoolean();
            for (int i = 0; i < line.rows(); i++) {
                boolean first = i == 0;
                String status = status(period.status(), random);
                rows.add(List.of(first || !merged ? line.id() : "", first || !merged ? line.title() : "",
                        ProseGenerator.capitalise(prose.listItem()), activities(prose), partners(random),
                        prose.pick(SCALES), year(prose), status,
                        status.isEmpty() ? "" : prose.sentence(), first ? line.continues() : ""));
            }
        }
        return ExcelCsv.of(rows);
    }

    /** The Markdown of {@code actielijnen/<id>.md}: two or three paragraphs without front matter, as in the sample. */
    static String introduction(SitePlan.Agenda agenda, SitePlan.Period period, SitePlan.ActionLine line) {
        // a generator of its own, so the text does not depend on the table's rows
        ProseGenerator prose = new ProseGenerator(new Random(~line.seed()), setting(agenda, period));
        StringBuilder md = new StringBuilder();
        int paragraphs = 2 + prose.random().nextInt(2);
        for (int i = 0; i < paragraphs; i++) md.append(prose.paragraph(2, 5)).append("\n\n");
        String abbreviations = DocumentWriter.abbreviations(md);
        return md + abbreviations;
    }

    private static ProseGenerator.Setting setting(SitePlan.Agenda agenda, SitePlan.Period period) {
        return new ProseGenerator.Setting(agenda.region(), agenda.municipalities().size(), period.fromYear(),
                period.toYear());
    }

    private static String activities(ProseGenerator prose) {
        int n = 1 + prose.random().nextInt(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) lines.add(prose.action());
        return String.join("\n", lines);
    }

    private static String partners(Random random) {
        List<String> all = new ArrayList<>(Vocabulary.PARTNERS);
        java.util.Collections.shuffle(all, random);
        return String.join(", ", all.subList(0, 1 + random.nextInt(3)));
    }

    /** A year or span as plans write it: {@code 2020}, {@code 2020 / 2021}, {@code 2021 >}, ... */
    private static String year(ProseGenerator prose) {
        int y = prose.year();
        return switch (prose.random().nextInt(6)) {
            case 0 -> y + " / " + (y + 1);
            case 1 -> y + " >";
            case 2 -> "Jaarlijks vanaf " + y;
            case 3 -> "Q" + (1 + prose.random().nextInt(4)) + " " + y;
            default -> String.valueOf(y);
        };
    }

    private static String status(String periodStatus, Random random) {
        int r = random.nextInt(100);
        return switch (periodStatus) {
            case "afgerond" -> pick(r < 60 ? GREEN : r < 85 ? YELLOW : RED, random);
            case "vastgesteld" -> r < 25 ? pick(GREEN, random) : r < 70 ? pick(YELLOW, random)
                    : r < 80 ? pick(RED, random) : "";
            default -> r < 20 ? "nog niet beoordeeld" : "";
        };
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
