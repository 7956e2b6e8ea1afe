package nl.policybake.parse;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Agenda;
import nl.policybake.model.Asset;
import nl.policybake.model.Body;
import nl.policybake.model.CurrentPeriodRule;
import nl.policybake.model.Document;
import nl.policybake.model.Page;
import nl.policybake.model.Period;
import nl.policybake.model.Site;
import nl.policybake.model.SiteUrls;
import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.actions.Lineage;
import nl.policybake.parse.front.FrontMatter;
import nl.policybake.parse.front.HeaderReader;
import nl.policybake.parse.front.Headers;

/**
 * Sorts content files into pages, agendas, periods and documents by where they lie, checks that the folders
 * make sense (an agenda folder has its {@code agenda.md}, a period folder its {@code periode.md}, no two files
 * claim the same URL), and finally assembles the model. Not thread-safe: filled from one thread.
 */
final class SiteLayout {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl-NL"));

    private final HeaderReader reader;
    private final Diagnostics diags;
    private final Map<String, Headers.PageHeader> pages = new TreeMap<>();
    private final Map<String, Headers.AgendaHeader> agendas = new TreeMap<>();
    private final Map<String, Headers.PeriodHeader> periods = new TreeMap<>();
    private final Map<String, Headers.DocHeader> documents = new TreeMap<>();
    private Map<String, List<Headers.DocHeader>> byPeriod;
    /** Claimed URL to the source that claimed it, to report two files with the same URL. */
    private final Map<String, String> claims = new TreeMap<>();

    SiteLayout(HeaderReader reader, Diagnostics diags) {
        this.reader = reader;
        this.diags = diags;
    }

    /** Files the header of {@code path} under the kind its place gives it. */
    void add(String path, FrontMatter fm) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        switch (parts.length) {
            case 2 -> addPage(path, name, fm);
            case 3 -> {
                if (name.equals("agenda.md") && folderOk(path, parts[1])) {
                    agendas.put(parts[1], reader.agenda(path, parts[1], fm));
                    claim(SiteUrls.agenda(parts[1]), path);
                } else if (!name.equals("agenda.md")) {
                    ContentParser.misplaced(diags, path);
                }
            }
            case 4 -> addInPeriod(path, parts, name, fm);
            default -> ContentParser.misplaced(diags, path);
        }
    }

    private void addPage(String path, String name, FrontMatter fm) {
        if (name.equals("index.md")) {
            pages.put(path, reader.page(path, "", fm));
            claim(SiteUrls.page(""), path);
            return;
        }
        ContentParser.slugOf(name, path, diags).ifPresent(slug -> {
            if (java.util.Set.of(SiteUrls.ASSETS, SiteUrls.SEARCH, SiteUrls.SITEMAP, "search").contains(slug)) {
                diags.error(SourcePos.file(path), "layout.reserved", name, slug);
                return;
            }
            pages.put(path, reader.page(path, slug, fm));
            claim(SiteUrls.page(slug), path);
        });
    }

    private void addInPeriod(String path, String[] parts, String name, FrontMatter fm) {
        String agenda = parts[1];
        String period = parts[2];
        if (!folderOk(path, agenda) || !folderOk(path, period)) return;
        if (period.equals(SiteUrls.CURRENT) || period.equals(SiteUrls.MONITOR)) {
            diags.error(SourcePos.file(path), "layout.reservedFolder", period);
            return;
        }
        if (name.equals("periode.md")) {
            periods.put(agenda + "/" + period, reader.period(path, agenda, period, fm));
            claim(SiteUrls.period(agenda, period), path);
            return;
        }
        ContentParser.slugOf(name, path, diags).ifPresent(slug -> {
            documents.put(path, reader.document(path, agenda, period, slug, fm));
            byPeriod = null;
            claim(SiteUrls.document(agenda, period, slug), path);
        });
    }

    private boolean folderOk(String path, String folder) {
        if (Slugs.isSlug(folder)) return true;
        diags.error(SourcePos.file(path), "layout.badFolder", folder, Slugs.of(folder, "map"));
        return false;
    }

    private void claim(String url, String source) {
        String earlier = claims.putIfAbsent(url, source);
        if (earlier != null) diags.error(SourcePos.file(source), "layout.sameUrl", url, earlier);
    }

    /** Reports agenda and period folders that lack their own file; {@code paths} are all Markdown files read. */
    void checkStructure(List<String> paths) {
        Set<String> agendaFolders = new TreeSet<>();
        Set<String> periodFolders = new TreeSet<>();
        for (String p : paths) {
            String[] parts = p.split("/");
            if (parts.length >= 3) agendaFolders.add(parts[1]);
            if (parts.length == 4) periodFolders.add(parts[1] + "/" + parts[2]);
        }
        for (String a : agendaFolders) {
            if (!agendas.containsKey(a) && !paths.contains("content/" + a + "/agenda.md")) {
                diags.error(SourcePos.file("content/" + a), "layout.noAgendaFile", "content/" + a);
            }
        }
        for (String p : periodFolders) {
            if (!periods.containsKey(p) && !paths.contains("content/" + p + "/periode.md")) {
                diags.error(SourcePos.file("content/" + p), "layout.noPeriodFile", "content/" + p);
            }
        }
    }

    /** Source path to page URL (without base path) of every file that becomes a page in this build. */
    Map<String, String> urlBySource(boolean includeDrafts) {
        Map<String, String> urls = new TreeMap<>();
        pages.values().stream().filter(p -> includeDrafts || !p.draft())
                .forEach(p -> urls.put(p.source(), SiteUrls.page(p.slug())));
        agendas.values().forEach(a -> urls.put(a.source(), SiteUrls.agenda(a.id())));
        periods.values().forEach(p -> urls.put(p.source(), SiteUrls.period(p.agenda(), p.id())));
        documents.values().stream().filter(d -> includeDrafts || !d.draft())
                .forEach(d -> urls.put(d.source(), SiteUrls.document(d.agenda(), d.period(), d.slug())));
        return urls;
    }

    /** URLs the site has that no single source file makes: the current-period address and print pages. */
    List<String> generatedUrls() {
        List<String> urls = new ArrayList<>();
        agendas.keySet().forEach(a -> urls.add(SiteUrls.current(a)));
        periods.values().forEach(p -> urls.add(SiteUrls.print(p.agenda(), p.id())));
        urls.add("/sitemap.xml");
        urls.add("/feed.xml");
        return urls;
    }

    /** The sources whose Markdown this build renders. */
    List<String> published(boolean includeDrafts) {
        return List.copyOf(urlBySource(includeDrafts).keySet());
    }

    /** The end of the period "agenda/period", when its periode.md was read. */
    Optional<java.time.LocalDate> periodEnd(String key) {
        return Optional.ofNullable(periods.get(key)).map(Headers.PeriodHeader::end);
    }

    /**
     * Builds the model from the headers and the rendered bodies; reports agendas without a usable period.
     *
     * @param actionLines the action lines of a period by "agenda/period"
     */
    Site assemble(Map<String, Body> bodies, boolean includeDrafts, List<Asset> assets,
                  Function<String, List<ActionLine>> actionLines) {
        List<Page> pageList = pages.values().stream().filter(p -> includeDrafts || !p.draft())
                .map(p -> new Page(p.slug(), p.source(), p.title(), p.summary(), p.draft(), body(bodies, p.source())))
                .sorted(Comparator.comparing(Page::slug)).toList();
        List<Agenda> agendaList = new ArrayList<>();
        for (Headers.AgendaHeader a : agendas.values()) {
            List<Period> ps = periods.values().stream().filter(p -> p.agenda().equals(a.id()))
                    .map(p -> period(p, bodies, includeDrafts, actionLines.apply(p.agenda() + "/" + p.id())))
                    .sorted(Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::id))
                    .toList();
            if (ps.isEmpty()) {
                diags.error(SourcePos.file(a.source()), "layout.noPeriods", a.id());
                continue;
            }
            Optional<String> declared = a.current().filter(id -> ps.stream().anyMatch(p -> p.id().equals(id)));
            if (a.current().isPresent() && declared.isEmpty()) {
                diags.error(a.currentPos(), "layout.badCurrent", a.current().get(),
                        String.join(", ", ps.stream().map(Period::id).toList()));
            }
            Agenda agenda = new Agenda(a.id(), a.source(), a.title(), a.region(), a.municipalities(), a.summary(),
                    body(bodies, a.source()), ps, CurrentPeriodRule.choose(declared, ps), declared.isPresent());
            checkContinues(agenda);
            agendaList.add(agenda);
        }
        agendaList.sort(Comparator.comparing(Agenda::title, DUTCH).thenComparing(Agenda::id));
        return new Site(pageList, List.copyOf(agendaList), List.copyOf(assets));
    }

    /** Reports every {@code Vervolg op} that names no action line of an earlier period. */
    private void checkContinues(Agenda agenda) {
        Lineage lineage = new Lineage(agenda);
        for (Period p : agenda.periods()) {
            for (ActionLine l : p.actionLines()) {
                if (l.continues().isPresent() && lineage.predecessor(p, l).isEmpty()) {
                    String where = lineage.previous(p).map(Period::id).orElse("-");
                    diags.error(SourcePos.of(l.source(), l.line()), "actions.badContinues", l.continues().get(), l.id(),
                            where);
                }
            }
        }
    }

    private Period period(Headers.PeriodHeader p, Map<String, Body> bodies, boolean includeDrafts,
                          List<ActionLine> actionLines) {
        List<Document> docs = documentsOf(p.agenda() + "/" + p.id()).stream()
                .filter(d -> includeDrafts || !d.draft())
                .map(d -> new Document(d.slug(), d.source(), d.title(), d.type(), d.date(), d.draft(), d.summary(),
                        d.tags(), d.order(), body(bodies, d.source())))
                .sorted(Comparator.comparingInt(Document::order).thenComparing(Document::title, DUTCH)
                        .thenComparing(Document::slug))
                .toList();
        return new Period(p.id(), p.source(), p.title(), p.start(), p.end(), p.status(), p.adopted(), p.decision(),
                p.summary(), body(bodies, p.source()), docs, actionLines);
    }

    /** The documents of one period ({@code agenda/period}), grouped once for all periods. */
    private List<Headers.DocHeader> documentsOf(String key) {
        if (byPeriod == null) {
            byPeriod = new java.util.HashMap<>();
            for (Headers.DocHeader d : documents.values()) {
                byPeriod.computeIfAbsent(d.agenda() + "/" + d.period(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
        return byPeriod.getOrDefault(key, List.of());
    }

    private static Body body(Map<String, Body> bodies, String source) {
        return bodies.getOrDefault(source, Body.EMPTY);
    }
}
