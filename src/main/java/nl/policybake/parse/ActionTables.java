package nl.policybake.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SourceFile;
import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.Body;
import nl.policybake.model.SiteUrls;
import nl.policybake.parse.actions.ActionLineReader;
import nl.policybake.parse.csv.CsvReader;

/**
 * The action lines of every period: {@code content/<agenda>/<period>/actielijnen.csv} and
 * {@code actielijnen-<name>.csv}, with prose from {@code actielijnen/<id>.md}. Ids are unique within a period across
 * its files, and every prose file names an action line that exists.
 */
final class ActionTables {

    private final Diagnostics diags;
    /** "agenda/period" to its action lines, in id order. */
    private final Map<String, List<ActionLine>> byPeriod = new TreeMap<>();
    /** Prose source path to "agenda/period" and the action line's id. */
    private final Map<String, String[]> prose = new TreeMap<>();

    ActionTables(Diagnostics diags) {
        this.diags = diags;
    }

    static boolean isTable(String path) {
        String[] parts = path.split("/");
        return parts.length == 4 && parts[3].matches("actielijnen(-[a-z0-9-]+)?\\.csv");
    }

    static boolean isProse(String path) {
        String[] parts = path.split("/");
        return parts.length == 5 && parts[3].equals(SiteUrls.ACTIONS) && parts[4].endsWith(".md");
    }

    /** Reads every table; {@code periodEnd} gives the end of a period by "agenda/period", empty if it has none. */
    void read(List<SourceFile> tables, CsvReader csv, Function<String, Optional<LocalDate>> periodEnd) {
        Map<String, String> idSource = new TreeMap<>();
        for (SourceFile f : tables) {
            String[] parts = f.path().split("/");
            String key = parts[1] + "/" + parts[2];
            Optional<LocalDate> end = periodEnd.apply(key);
            if (end.isEmpty()) continue; // the missing periode.md is reported by the layout
            csv.read(f, diags).ifPresent(table -> {
                for (ActionLine line : new ActionLineReader(diags).read(table, end.get().getYear())) {
                    String earlier = idSource.putIfAbsent(key + "/" + line.slug(), line.source() + ":" + line.line());
                    if (earlier != null) {
                        diags.error(SourcePos.of(f.path(), line.line()), "actions.sameId", line.id(), earlier);
                    } else {
                        byPeriod.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                    }
                }
            });
        }
        byPeriod.values().forEach(list -> list.sort(Comparator.comparing(ActionLine::id, ActionTables::compareIds)));
    }

    /** Files each prose file under its action line; reports prose for an action line that does not exist. */
    void addProse(String path) {
        String[] parts = path.split("/");
        String key = parts[1] + "/" + parts[2];
        String id = parts[4].substring(0, parts[4].length() - ".md".length());
        if (ids(key).filter(ids -> ids.contains(id)).isEmpty()) {
            diags.error(SourcePos.file(path), "actions.proseWithoutLine", id, "content/" + key + "/actielijnen.csv");
            return;
        }
        prose.put(path, new String[] {key, id});
    }

    /** The ids of a period's action lines; empty when the period has no action-line table. */
    Optional<Set<String>> ids(String periodKey) {
        List<ActionLine> lines = byPeriod.get(periodKey);
        if (lines == null) return Optional.empty();
        Set<String> ids = new TreeSet<>();
        lines.forEach(l -> ids.add(l.id()));
        return Optional.of(ids);
    }

    /** The prose files that belong to an action line, and the page URL (without base path) each one becomes. */
    Map<String, String> proseUrls() {
        Map<String, String> urls = new TreeMap<>();
        prose.forEach((path, ref) -> {
            String[] ap = ref[0].split("/");
            urls.put(path, SiteUrls.actionLine(ap[0], ap[1], ActionLineReader.slug(ref[1])));
        });
        return urls;
    }

    /** Every URL the action lines give the site: per period the overview, dashboard, partners and each line. */
    List<String> urls() {
        List<String> urls = new ArrayList<>();
        byPeriod.forEach((key, lines) -> {
            String[] ap = key.split("/");
            urls.add(SiteUrls.actions(ap[0], ap[1]));
            urls.add(SiteUrls.dashboard(ap[0], ap[1]));
            urls.add(SiteUrls.partners(ap[0], ap[1]));
            lines.forEach(l -> urls.add(SiteUrls.actionLine(ap[0], ap[1], l.slug())));
        });
        return urls;
    }

    /** The action lines of a period with their prose filled in from {@code bodies}. */
    List<ActionLine> lines(String periodKey, Map<String, Body> bodies) {
        List<ActionLine> result = new ArrayList<>();
        for (ActionLine l : byPeriod.getOrDefault(periodKey, List.of())) {
            Body body = Body.EMPTY;
            for (Map.Entry<String, String[]> p : prose.entrySet()) {
                if (p.getValue()[0].equals(periodKey) && p.getValue()[1].equals(l.id())) {
                    body = bodies.getOrDefault(p.getKey(), Body.EMPTY);
                }
            }
            result.add(new ActionLine(l.id(), l.slug(), l.title(), l.theme(), l.source(), l.line(), body, l.rows(),
                    l.columns(), l.continues()));
        }
        return List.copyOf(result);
    }

    /** Ids in reading order: "5.2" before "5.10", "2" before "10", numbers before letters. */
    static int compareIds(String a, String b) {
        String[] pa = a.split("[.-]");
        String[] pb = b.split("[.-]");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            boolean na = pa[i].matches("\\d{1,9}");
            boolean nb = pb[i].matches("\\d{1,9}");
            int c = na && nb ? Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]))
                    : na != nb ? (na ? -1 : 1) : pa[i].compareTo(pb[i]);
            if (c != 0) return c;
        }
        return Integer.compare(pa.length, pb.length);
    }
}
