package nl.policybake.render.actions;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.actions.ActionRow;
import nl.policybake.model.actions.ActionStatus;
import nl.policybake.model.Agenda;
import nl.policybake.model.actions.Lineage;
import nl.policybake.model.Period;
import nl.policybake.model.SiteUrls;
import nl.policybake.render.view.NavLink;
import nl.policybake.render.view.Texts;

/** The views of a period's action-line pages: overview, one per action line, dashboard, partners, comparison. */
public final class ActionPageViews {

    private final ActionViews tables;
    private final Texts text;
    private final Function<String, String> href;
    private final Collator collator;

    public ActionPageViews(ActionViews tables, Texts text, Function<String, String> href,
                           Locale locale) {
        this.tables = tables;
        this.text = text;
        this.href = href;
        this.collator = Collator.getInstance(locale);
    }

    /** The page of {@code line}; {@code prose} is its rendered introduction with blocks filled in. */
    public ActionLineView line(Agenda a, Period p, ActionLine line, SafeString prose) {
        List<ActionLineView.HistoryItem> history = new ArrayList<>();
        for (Lineage.Located at : new Lineage(a).chain(p, line)) {
            history.add(new ActionLineView.HistoryItem(at.period().id(), at.line().id(), at.line().title(),
                    tables.lineUrl(a, at.period(), at.line()), tables.counts(List.of(at.line())),
                    at.period().id().equals(p.id()) && at.line().id().equals(line.id())));
        }
        String csv = href.apply("/" + line.source().substring("content/".length()));
        return new ActionLineView(line.id(), line.title(), line.theme(), prose, !prose.toString().isBlank(),
                tables.table(a, p, line),
                tables.counts(List.of(line)), List.copyOf(history), href.apply(SiteUrls.actions(a.id(), p.id())), csv);
    }

    public OverviewView overview(Agenda a, Period p) {
        Map<String, List<ActionLineView>> groups = new LinkedHashMap<>();
        List<String> order = List.of("bovenregionaal", "regionaal", "subregionaal", "lokaal");
        Set<String> scales = new TreeSet<>(java.util.Comparator.comparingInt(order::indexOf));
        Set<Integer> years = new TreeSet<>();
        Set<String> partners = new TreeSet<>(collator);
        Set<String> municipalities = new TreeSet<>(collator);
        Set<String> csvs = new TreeSet<>();
        int rows = 0;
        for (ActionLine l : p.actionLines()) {
            groups.computeIfAbsent(l.theme(), k -> new ArrayList<>()).add(line(a, p, l, new SafeString("")));
            for (ActionRow r : l.rows()) {
                rows++;
                scales.addAll(r.scales());
                years.addAll(r.years());
                partners.addAll(r.partners());
                if (!r.municipality().isEmpty()) municipalities.add(r.municipality());
            }
            csvs.add(href.apply("/" + l.source().substring("content/".length())));
        }
        List<OverviewView.Group> groupList = new ArrayList<>();
        groups.forEach((theme, lines) -> groupList.add(new OverviewView.Group(theme, List.copyOf(lines))));
        List<OverviewView.Option> statuses = new ArrayList<>();
        for (ActionLineView.StatusCount c : tables.counts(p.actionLines())) {
            statuses.add(new OverviewView.Option(c.status().key(), c.status().label()));
        }
        return new OverviewView(List.copyOf(groupList), p.actionLines().size(), rows, tables.counts(p.actionLines()),
                statuses, options(scales), options(years.stream().map(String::valueOf).toList()), options(partners),
                options(municipalities), List.copyOf(csvs), href.apply(SiteUrls.dashboard(a.id(), p.id())),
                href.apply(SiteUrls.partners(a.id(), p.id())));
    }

    private static List<OverviewView.Option> options(java.util.Collection<String> values) {
        return values.stream().map(v -> new OverviewView.Option(v, v)).toList();
    }

    public DashboardView dashboard(Agenda a, Period p) {
        List<StatusView> statuses = new ArrayList<>();
        for (ActionStatus s : ActionStatus.values()) statuses.add(tables.status(s));
        List<DashboardView.Line> lines = new ArrayList<>();
        long[] totals = new long[ActionStatus.values().length];
        for (ActionLine l : p.actionLines()) {
            List<Long> counts = new ArrayList<>();
            for (ActionStatus s : ActionStatus.values()) {
                counts.add(l.count(s));
                totals[s.ordinal()] += l.count(s);
            }
            lines.add(new DashboardView.Line(l.id(), l.title(), tables.lineUrl(a, p, l), List.copyOf(counts),
                    l.rows().size()));
        }
        List<Long> totalList = java.util.Arrays.stream(totals).boxed().toList();
        return new DashboardView(List.copyOf(statuses), List.copyOf(lines), totalList,
                totalList.stream().mapToLong(Long::longValue).sum(), href.apply(SiteUrls.actions(a.id(), p.id())));
    }

    public PartnersView partners(Agenda a, Period p) {
        Map<String, Map<String, NavLink>> byPartner = new TreeMap<>(collator);
        for (ActionLine l : p.actionLines()) {
            for (ActionRow r : l.rows()) {
                for (String partner : r.partners()) {
                    byPartner.computeIfAbsent(partner, k -> new LinkedHashMap<>())
                            .putIfAbsent(l.id(), new NavLink(l.id() + " " + l.title(), tables.lineUrl(a, p, l), false));
                }
            }
        }
        List<PartnersView.Partner> list = new ArrayList<>();
        byPartner.forEach((name, lines) -> list.add(new PartnersView.Partner(name, List.copyOf(lines.values()))));
        return new PartnersView(List.copyOf(list));
    }

    /** The comparison of {@code p} with {@code previous}, the period before it with action lines. */
    public CompareView compare(Agenda a, Period previous, Period p) {
        Lineage lineage = new Lineage(a);
        List<CompareView.Entry> entries = new ArrayList<>();
        Set<String> continued = new TreeSet<>();
        for (ActionLine l : p.actionLines()) {
            var pre = lineage.predecessor(p, l).filter(x -> x.period().id().equals(previous.id()));
            if (pre.isPresent()) {
                ActionLine old = pre.get().line();
                continued.add(old.id());
                String kind = same(old, l) ? "voortgezet" : "gewijzigd";
                entries.add(entry(kind, l.id(), l.title(), tables.lineUrl(a, p, l), old.id(), old.title(),
                        tables.lineUrl(a, previous, old)));
            } else {
                entries.add(entry("nieuw", l.id(), l.title(), tables.lineUrl(a, p, l), "", "", ""));
            }
        }
        for (ActionLine old : previous.actionLines()) {
            if (!continued.contains(old.id())) {
                entries.add(entry("beeindigd", "", "", "", old.id(), old.title(), tables.lineUrl(a, previous, old)));
            }
        }
        List<CompareView.Count> counts = new ArrayList<>();
        for (String kind : List.of("nieuw", "voortgezet", "gewijzigd", "beeindigd")) {
            long n = entries.stream().filter(e -> e.kind().equals(kind)).count();
            counts.add(new CompareView.Count(kind, text.text("compare." + kind), n));
        }
        return new CompareView(previous.id(), href.apply(SiteUrls.actions(a.id(), previous.id())), p.id(),
                href.apply(SiteUrls.actions(a.id(), p.id())), List.copyOf(entries), List.copyOf(counts));
    }

    private CompareView.Entry entry(String kind, String id, String title, String url, String pid, String ptitle,
                                    String purl) {
        return new CompareView.Entry(kind, text.text("compare." + kind), id, title, url, pid, ptitle, purl);
    }

    /** Unchanged: the same title and the same results and activities, in the same order. */
    private static boolean same(ActionLine a, ActionLine b) {
        if (!a.title().equals(b.title()) || a.rows().size() != b.rows().size()) return false;
        for (int i = 0; i < a.rows().size(); i++) {
            ActionRow x = a.rows().get(i);
            ActionRow y = b.rows().get(i);
            if (!x.result().equals(y.result()) || !x.activities().equals(y.activities())) return false;
        }
        return true;
    }
}
