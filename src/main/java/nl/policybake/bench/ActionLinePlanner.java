package nl.policybake.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Plans the action lines of a synthetic site: how many each period has, and their numbers, titles and
 * continuations. Draws from the site planner's {@link Random}, so it is called in plan order.
 */
final class ActionLinePlanner {

    private final Random random;
    private final LongSupplier seeds;

    /** @param seeds gives the text seed of each action line */
    ActionLinePlanner(Random random, LongSupplier seeds) {
        this.random = random;
        this.seeds = seeds;
    }

    /**
     * How many action lines each period has, in plan order. Each period draws 5 to 12, as the sample's periods have
     * 5 to 14. When their pages would be more than {@code budget} (on a small site), the oldest periods lose their
     * table first, as older periods in the sample have none; the last table left shrinks.
     *
     * @param periodCounts the number of periods of each agenda
     * @param starts the first year of each period, in plan order
     */
    int[] counts(List<Integer> periodCounts, int[] starts, int budget) {
        int[] lines = new int[starts.length];
        for (int p = 0; p < lines.length; p++) lines[p] = 5 + random.nextInt(8);
        while (pages(periodCounts, lines) > budget) {
            int oldest = -1;
            int tables = 0;
            for (int p = 0; p < lines.length; p++) {
                if (lines[p] == 0) continue;
                tables++;
                if (oldest < 0 || starts[p] < starts[oldest]) oldest = p;
            }
            lines[oldest] = tables > 1 ? 0 : lines[oldest] - 1;
        }
        return lines;
    }

    /** The pages of periods with {@code lines} action lines each (see {@link SitePlan#pages()}). */
    static int pages(List<Integer> periodCounts, int[] lines) {
        int pages = 0;
        int p = 0;
        for (int count : periodCounts) {
            boolean earlier = false;
            for (int i = 0; i < count; i++, p++) {
                if (lines[p] == 0) continue;
                pages += lines[p] + SitePlan.ACTION_PAGES + (earlier ? 1 : 0);
                earlier = true;
            }
        }
        return pages;
    }

    /**
     * {@code n} action lines numbered {@code <chapter>.<i>}, two to six rows each, seven in ten with prose. About
     * half continue a line of {@code previous} (the agenda's period before with action lines, or null), named in
     * {@code Vervolg op} as {@code 3.2} or {@code 2018-2021/3.2}, so the comparison page has something to show.
     */
    List<SitePlan.ActionLine> lines(int n, SitePlan.Period previous) {
        if (n == 0) return List.of();
        int chapter = 2 + random.nextInt(5);
        List<String> titles = new ArrayList<>(Vocabulary.ACTION_TITLES);
        java.util.Collections.shuffle(titles, random);
        List<SitePlan.ActionLine> predecessors = new ArrayList<>(previous == null ? List.of() : previous.actionLines());
        java.util.Collections.shuffle(predecessors, random);
        Set<String> used = new HashSet<>();
        List<SitePlan.ActionLine> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String title;
            String continues = "";
            if (!predecessors.isEmpty() && random.nextBoolean()) {
                SitePlan.ActionLine pre = predecessors.remove(0);
                title = pre.title();
                continues = random.nextInt(3) == 0 ? previous.id() + "/" + pre.id() : pre.id();
            } else {
                title = titles.remove(0);
                while (used.contains(title)) title = titles.remove(0);
            }
            used.add(title);
            lines.add(new SitePlan.ActionLine(chapter + "." + i, title, continues, 2 + random.nextInt(5),
                    random.nextInt(10) < 7, seeds.getAsLong()));
        }
        return List.copyOf(lines);
    }
}
