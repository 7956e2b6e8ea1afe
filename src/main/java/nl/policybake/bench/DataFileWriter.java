package nl.policybake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The two data files of a period, as Excel exports them: {@code data/kerncijfers.csv}, the number of young people
 * in each kind of care per year from two years before the period to its end, and {@code data/financieel-kader.csv},
 * the budget per post per year of the period with a {@code Subtotaal} and a {@code Totaal} row that are the true
 * sums, so the build's totals check passes.
 */
final class DataFileWriter {

    static final String KEY_FIGURES = "data/kerncijfers.csv";
    static final String BUDGET = "data/financieel-kader.csv";
    /** The last year with figures: later columns of the key figures are empty, as editors leave them. */
    static final int LAST_FIGURES_YEAR = 2025;

    private DataFileWriter() {
    }

    /** The years that are columns of the period's key figures. */
    static List<String> figureYears(SitePlan.Period period) {
        List<String> years = new ArrayList<>();
        for (int y = period.fromYear() - 2; y <= period.toYear(); y++) years.add(String.valueOf(y));
        return years;
    }

    /** The last year of the period's key figures that has values. */
    static int lastFigureYear(SitePlan.Period period) {
        return Math.min(period.toYear(), LAST_FIGURES_YEAR);
    }

    static String keyFigures(SitePlan.Agenda agenda, SitePlan.Period period) {
        Random random = new Random(~period.seed());
        int young = agenda.municipalities().size() * (4_000 + random.nextInt(6_000));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Indicator"));
        header.addAll(figureYears(period));
        rows.add(header);
        for (Vocabulary.KeyFigure f : Vocabulary.KEY_FIGURES) {
            List<String> row = new ArrayList<>(List.of(f.label()));
            long value = (long) young * f.perThousand() / 1000;
            for (int y = period.fromYear() - 2; y <= period.toYear(); y++) {
                row.add(y <= LAST_FIGURES_YEAR ? DutchNumbers.whole(value) : "");
                value = Math.max(1, value + value * (random.nextInt(161) - 70) / 1000);
            }
            rows.add(row);
        }
        return ExcelCsv.of(rows);
    }

    static String budget(SitePlan.Period period) {
        Random random = new Random(period.seed() ^ 0x5DEECE66DL);
        int years = period.toYear() - period.fromYear() + 1;
        List<String> items = new ArrayList<>(Vocabulary.COST_ITEMS);
        java.util.Collections.shuffle(items, random);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Post"));
        for (int y = period.fromYear(); y <= period.toYear(); y++) header.add(String.valueOf(y));
        rows.add(header);
        long[] sub = new long[years];
        long[] total = new long[years];
        int care = 3 + random.nextInt(2);
        for (int i = 0; i < care; i++) rows.add(post(label(items.get(i)), random, years, years, sub, total));
        rows.add(sums("Subtotaal zorg in natura", sub));
        rows.add(post(label(items.get(care)), random, years, years, sub, total));
        rows.add(post(label(items.get(care + 1)), random, years, years, sub, total));
        rows.add(post("Transformatie (incidenteel)", random, years, 2, sub, total));
        rows.add(sums("Totaal", total));
        return ExcelCsv.of(rows);
    }

    /** A post with an amount in its first {@code filled} years and "-" after, added to both sums. */
    private static List<String> post(String label, Random random, int years, int filled, long[] sub, long[] total) {
        List<String> row = new ArrayList<>(List.of(label));
        long amount = 500_000 + random.nextInt(30_000_000);
        for (int y = 0; y < years; y++) {
            if (y >= filled) {
                row.add("-");
                continue;
            }
            row.add(DutchNumbers.whole(amount));
            sub[y] += amount;
            total[y] += amount;
            amount += amount * (random.nextInt(101) - 30) / 1000;
        }
        return row;
    }

    private static List<String> sums(String label, long[] sums) {
        List<String> row = new ArrayList<>(List.of(label));
        for (int y = 0; y < sums.length; y++) {
            row.add(DutchNumbers.whole(sums[y]));
            sums[y] = 0;
        }
        return row;
    }

    /** "de jeugdzorgplus" as a row label: "Jeugdzorgplus". */
    private static String label(String item) {
        return ProseGenerator.capitalise(item.replaceFirst("^(de|het) ", ""));
    }
}
