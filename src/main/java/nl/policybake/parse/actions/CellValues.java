package nl.policybake.parse.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.policybake.model.actions.ActionStatus;

/** Reads statuses, scales, years and partner lists from cells as editors write them. */
final class CellValues {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern SCALE = Pattern.compile("(?<![a-z])(sub|boven)?regionaal|(?<![a-z])lokaal");
    private static final Pattern RANGE = Pattern.compile("-|–|t/m|tot( en met)?\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_END = Pattern.compile(">|vanaf|jaarlijks|doorlopend|e\\.v\\.");

    private CellValues() {
    }

    /** The status a cell names; the words before a colon count. Empty when the word is unknown. */
    static Optional<ActionStatus> status(String cell) {
        String word = (cell.contains(":") ? cell.substring(0, cell.indexOf(':')) : cell).strip()
                .toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (word) {
            case "groen", "gerealiseerd", "volledig gerealiseerd", "green" -> ActionStatus.GROEN;
            case "geel", "loopt", "loopt met aandachtspunten", "yellow" -> ActionStatus.GEEL;
            case "rood", "niet gerealiseerd", "red" -> ActionStatus.ROOD;
            case "", "nog niet beoordeeld", "not rated" -> ActionStatus.NIET_BEOORDEELD;
            case "onbekend", "unknown" -> ActionStatus.ONBEKEND;
            default -> null;
        });
    }

    /** The known scales a cell mentions, in a fixed order. */
    static List<String> scales(String cell) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = SCALE.matcher(cell.toLowerCase(Locale.ROOT));
        while (m.find()) found.add(m.group());
        List<String> ordered = new ArrayList<>();
        for (String s : List.of("bovenregionaal", "regionaal", "subregionaal", "lokaal")) {
            if (found.contains(s)) ordered.add(s);
        }
        return ordered;
    }

    /**
     * The years a cell covers: every year it names, the years between two years joined by {@code -}, {@code t/m} or
     * {@code tot} ("oktober 2018 tot december 2021"), and up to {@code lastYear} when it is open-ended
     * ({@code 2021 >}, {@code Jaarlijks vanaf 2020}). {@code 2020 / 2021} is those two years.
     */
    static List<Integer> years(String cell, int lastYear) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(cell);
        Integer previous = null;
        int previousEnd = 0;
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            String between = previous == null ? "" : cell.substring(previousEnd, m.start()).strip();
            if (previous != null && RANGE.matcher(between).matches()) {
                for (int k = previous; k <= y; k++) years.add(k);
            }
            years.add(y);
            previous = y;
            previousEnd = m.end();
        }
        if (!years.isEmpty() && OPEN_END.matcher(cell.toLowerCase(Locale.ROOT)).find()) {
            for (int k = years.last(); k <= lastYear; k++) years.add(k);
        }
        return List.copyOf(years);
    }

    /** Partners separated by {@code ;}, {@code ,} or line breaks, trimmed, without empties. */
    static List<String> partners(String cell) {
        List<String> list = new ArrayList<>();
        for (String p : cell.split("[;,\\n]")) {
            String t = p.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) list.add(t);
        }
        return List.copyOf(list);
    }
}
