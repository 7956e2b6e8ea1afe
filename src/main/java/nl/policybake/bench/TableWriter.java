package nl.policybake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pipe tables as regions publish them, with a caption line {@code [Tabel n: ...]} under the table and figures in
 * Dutch notation: clients per municipality with the change in percent, a budget per budget line in euros, or key
 * indicators against their norm. Totals are the true sums of their columns.
 */
final class TableWriter {

    private static final String[][] INDICATORS = {
            {"Start hulp binnen zes weken", "pct"}, {"Jeugdigen met verblijf", "count"},
            {"Gemiddeld tarief per etmaal (€)", "tariff"}, {"Tevredenheid cliënten", "pct"},
            {"Uitstroom naar lichtere hulp", "pct"}, {"Gemiddelde wachttijd in weken", "weeks"},
            {"Jeugdigen met een jeugdbeschermingsmaatregel", "count"}};

    private TableWriter() {
    }

    /** Table number {@code number} for a document of {@code prose}'s period, with its caption. */
    static String table(ProseGenerator prose, List<String> municipalities, int number) {
        return switch (prose.random().nextInt(3)) {
            case 0 -> perMunicipality(prose, municipalities, number);
            case 1 -> budget(prose, number);
            default -> indicators(prose, number);
        };
    }

    private static String perMunicipality(ProseGenerator prose, List<String> municipalities, int number) {
        Random random = prose.random();
        int first = Math.min(prose.year(), prose.lastYear() - 1);
        StringBuilder sb = new StringBuilder("| Gemeente | " + first + " | " + (first + 1) + " | Verschil |\n")
                .append("|---|---:|---:|---:|\n");
        long totalBefore = 0;
        long totalAfter = 0;
        int rows = Math.min(municipalities.size(), 4 + random.nextInt(6));
        for (int i = 0; i < rows; i++) {
            long before = 150 + random.nextInt(2_500);
            long after = Math.max(1, before + before * (random.nextInt(301) - 150) / 1000);
            totalBefore += before;
            totalAfter += after;
            sb.append(row(municipalities.get(i), DutchNumbers.whole(before), DutchNumbers.whole(after),
                    change(before, after)));
        }
        sb.append(row("Totaal", DutchNumbers.whole(totalBefore), DutchNumbers.whole(totalAfter),
                change(totalBefore, totalAfter)));
        return sb.append(caption(prose, number, "Jeugdigen met jeugdhulp per gemeente, " + first + " en "
                + (first + 1))).toString();
    }

    private static String budget(ProseGenerator prose, int number) {
        Random random = prose.random();
        int from = prose.firstYear();
        StringBuilder sb = new StringBuilder("| Budgetregel | " + from + " | " + (from + 1) + " | " + (from + 2)
                + " |\n").append("|---|---:|---:|---:|\n");
        List<String> items = new ArrayList<>(Vocabulary.COST_ITEMS);
        java.util.Collections.shuffle(items, random);
        long[] totals = new long[3];
        int rows = 4 + random.nextInt(3);
        for (int i = 0; i < rows; i++) {
            String[] cells = new String[4];
            cells[0] = ProseGenerator.capitalise(items.get(i));
            long amount = 200_000 + random.nextInt(12_000_000);
            for (int y = 0; y < 3; y++) {
                totals[y] += amount;
                cells[y + 1] = DutchNumbers.euros(amount);
                amount += amount * (random.nextInt(121) - 40) / 1000;
            }
            sb.append(row(cells));
        }
        sb.append(row("Totaal", DutchNumbers.euros(totals[0]), DutchNumbers.euros(totals[1]),
                DutchNumbers.euros(totals[2])));
        return sb.append(caption(prose, number, "Begroting jeugdhulp per budgetregel " + from + "-" + (from + 2)
                + " (in euro's)")).toString();
    }

    private static String indicators(ProseGenerator prose, int number) {
        Random random = prose.random();
        int year = prose.year();
        StringBuilder sb = new StringBuilder("| Indicator | " + year + " | Norm |\n").append("|---|---:|---:|\n");
        int rows = 3 + random.nextInt(INDICATORS.length - 2);
        for (int i = 0; i < rows; i++) {
            String[] indicator = INDICATORS[i];
            String value;
            String norm;
            switch (indicator[1]) {
                case "pct" -> {
                    value = DutchNumbers.percent(300 + random.nextInt(700));
                    norm = DutchNumbers.percent(10 * (70 + random.nextInt(25)));
                }
                case "tariff" -> {
                    value = DutchNumbers.decimal(9_000 + random.nextInt(40_000));
                    norm = "n.v.t.";
                }
                case "weeks" -> {
                    value = DutchNumbers.decimal(200 + random.nextInt(1_600));
                    norm = "6";
                }
                default -> {
                    value = DutchNumbers.whole(40 + random.nextInt(4_000));
                    norm = "n.v.t.";
                }
            }
            sb.append(row(indicator[0], value, norm));
        }
        return sb.append(caption(prose, number, "Kernindicatoren jeugdhulp " + year)).toString();
    }

    private static String change(long before, long after) {
        long tenths = Math.round((after - before) * 1000.0 / before);
        return (tenths > 0 ? "+" : "") + DutchNumbers.percent(tenths);
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String caption(ProseGenerator prose, int number, String text) {
        return prose.count("[Tabel " + number + ": " + text + "]") + "\n";
    }
}
