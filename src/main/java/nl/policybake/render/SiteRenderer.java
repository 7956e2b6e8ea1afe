package nl.policybake.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Agenda;
import nl.policybake.model.Asset;
import nl.policybake.model.data.ChartBlock;
import nl.policybake.model.Document;
import nl.policybake.model.Page;
import nl.policybake.model.Period;
import nl.policybake.model.Site;
import nl.policybake.model.SiteUrls;
import nl.policybake.render.actions.ActionViews;
import nl.policybake.render.chart.DataViews;
import nl.policybake.render.theme.Templates;
import nl.policybake.render.theme.Theme;
import nl.policybake.render.theme.UiStrings;
import nl.policybake.render.view.AgendaView;
import nl.policybake.render.view.Chrome;
import nl.policybake.render.view.DocumentView;
import nl.policybake.render.view.HomeView;
import nl.policybake.render.view.MonitorView;
import nl.policybake.render.view.NavLink;
import nl.policybake.render.view.PeriodNav;
import nl.policybake.render.view.PeriodSummary;
import nl.policybake.render.view.PeriodView;
import nl.policybake.render.view.PlainView;
import nl.policybake.render.view.PrintView;
import nl.policybake.render.view.RedirectView;
import nl.policybake.render.view.SiteView;
import nl.policybake.render.view.TocItem;

/**
 * The render stage: one template evaluation per page, in parallel, plus the site-wide files and the assets. Two
 * sources that would write the same output file are an error naming both.
 */
public final class SiteRenderer {

    private final SiteConfig config;
    private final Theme theme;
    private final Diagnostics diags;
    private final ViewBuilder views;
    private final Templates templates;
    private final BlockFiller blocks;
    private final ActionJobs actionJobs;
    private final RenderCache cache;

    public SiteRenderer(SiteConfig config, Theme theme, Diagnostics diags) {
        this(config, theme, diags, RenderCache.none());
    }

    /** A renderer that takes unchanged pages, blocks and charts from {@code cache}, begun for this build. */
    public SiteRenderer(SiteConfig config, Theme theme, Diagnostics diags, RenderCache cache) {
        this.cache = cache;
        this.config = config;
        this.theme = theme;
        this.diags = diags;
        Links links = new Links(config);
        this.views = new ViewBuilder(config, theme.strings(), links);
        this.templates = new Templates(theme, config.locale(), diags);
        ActionViews actions = new ActionViews((key, args) -> config.statusLabels().containsKey(key)
                ? config.statusLabels().get(key) : theme.strings().text(key, args), links::href);
        this.blocks = new BlockFiller(templates, actions, new DataViews(theme.strings()::text, links::href,
                config.language(), config.locale()), cache);
        this.actionJobs = new ActionJobs(views, actions, blocks, theme.strings(), config.locale());
    }

    /**
     * Where a streaming render puts each file as soon as it is made. Called from one thread, in a fixed order: the
     * pages in the order of the site, then the site-wide files and the assets.
     */
    public interface Output {

        /** A file of the site: its output path, its bytes (not to be changed) and the source it comes from. */
        void file(String path, byte[] bytes, String source);

        /** A page for the search index; its bytes were given to {@link #file} just before. */
        void searchable(SearchPage page);

        /** The pages of a part (the site's own, an agenda, a period) are all handed over. */
        default void endOfPart() {
        }

        /**
         * The pages asked for first ({@link #renderPeriod(Site, String, String, java.util.Set, Output)}) are all
         * handed over; the rest of the part follows.
         */
        default void firstDone() {
        }
    }

    /** What a streaming render made: how many pages, and the source of every output file. */
    public record Summary(int pages, Map<String, String> origins) {
    }

    /** Renders {@code site} into memory; check {@code diags} for errors afterwards. */
    public RenderedSite render(Site site) {
        Map<String, byte[]> files = new TreeMap<>();
        List<SearchPage> searchPages = new ArrayList<>();
        Summary summary = render(site, new Output() {
            @Override
            public void file(String path, byte[] bytes, String source) {
                files.put(path, bytes);
            }

            @Override
            public void searchable(SearchPage page) {
                searchPages.add(page);
            }
        });
        return new RenderedSite(files, summary.pages(), List.copyOf(searchPages), summary.origins());
    }

    /**
     * Renders {@code site} a part at a time (the site's own pages, then each agenda and each period), handing every
     * file to {@code output} as soon as its part is done, so that only one part's pages are in memory at once. Check
     * {@code diags} for errors afterwards: a render with errors may have handed over some files.
     */
    public Summary render(Site site, Output output) {
        return render(site, output, key -> true);
    }

    /**
     * Renders only the pages of one period (all of its pages: its own, its documents', the print page and the action
     * lines'), handing them to {@code output}; the site-wide files and assets are left out. For a rebuild in which
     * only the text of that period's documents changed.
     */
    public Summary renderPeriod(Site site, String agenda, String period, Output output) {
        return renderPeriod(site, agenda, period, java.util.Set.of(), output);
    }

    /**
     * As {@link #renderPeriod(Site, String, String, Output)}, but the pages made from the sources in {@code first}
     * (the documents an editor just saved) are rendered and handed over before the others, followed by
     * {@link Output#firstDone}: {@code serve} shows them while the period's other pages (its print page with every
     * body of the period) are still being rendered.
     */
    public Summary renderPeriod(Site site, String agenda, String period, java.util.Set<String> first, Output output) {
        return render(site, output, key -> key.equals(agenda + "/" + period), job -> first.contains(job.source()));
    }

    private Summary render(Site site, Output output, java.util.function.Predicate<String> only) {
        return render(site, output, only, job -> false);
    }

    private Summary render(Site site, Output output, java.util.function.Predicate<String> only,
                           java.util.function.Predicate<PageJob> first) {
        boolean whole = only.test("");
        Map<String, String> origin = new TreeMap<>();
        int pages = 0;
        try {
            SiteView siteView = views.site(site);
            for (Part part : parts(site)) {
                if (!only.test(part.key())) continue;
                List<PageJob> jobs = part.jobs().get();
                pages += jobs.size();
                List<PageJob> early = jobs.stream().filter(first).toList();
                if (!early.isEmpty()) {
                    hand(early, siteView, output, origin);
                    output.firstDone();
                }
                hand(early.isEmpty() ? jobs : jobs.stream().filter(first.negate()).toList(), siteView, output, origin);
                output.endOfPart();
            }
        } catch (UiStrings.MissingStringException e) {
            blocks.forgetFigures();
            diags.error(SourcePos.file(theme.root() + "/i18n/" + config.language() + ".properties"),
                    "theme.missingString", e.key());
            return new Summary(pages, Map.copyOf(origin));
        }
        blocks.forgetFigures();
        if (!whole) {
            views.forget();
            return new Summary(pages, Map.copyOf(origin));
        }
        new SiteFiles(config, views.links(), diags).write(site).forEach((path, text) ->
                put(output, origin, path, text.getBytes(StandardCharsets.UTF_8), "site-config.properties"));
        for (Asset a : theme.assets()) put(output, origin, a.outputPath(), a.bytes(), a.source());
        for (Asset a : site.assets()) put(output, origin, a.outputPath(), a.bytes(), a.source());
        views.forget();
        return new Summary(pages, Map.copyOf(origin));
    }

    /** Renders {@code jobs} on several threads and hands their pages over in order, the searchable ones to the index. */
    private void hand(List<PageJob> jobs, SiteView siteView, Output output, Map<String, String> origin) {
        List<Optional<byte[]>> rendered = jobs.parallelStream().map(job -> {
            Map<String, Object> values = Map.of("site", siteView, "page", job.chrome(), "view", job.view());
            return cache.page(new BlockFiller.TemplateKey(job.template(), values),
                    () -> templates.renderUtf8(job.template(), values));
        }).toList();
        for (int i = 0; i < jobs.size(); i++) {
            PageJob job = jobs.get(i);
            if (rendered.get(i).isEmpty()) continue;
            byte[] bytes = rendered.get(i).get();
            if (!put(output, origin, SiteUrls.file(job.url()), bytes, job.source())) continue;
            PageJob.Facets f = job.facets();
            if (f != null) {
                output.searchable(new SearchPage(views.links().href(job.url()), job.chrome().title(), f.agenda(),
                        f.period(), f.current(), f.type(), f.statuses(), bytes));
            }
        }
    }

    /** Hands the file over unless another source made it already (an error naming both); true when handed over. */
    private boolean put(Output output, Map<String, String> origin, String path, byte[] bytes, String source) {
        String earlier = origin.putIfAbsent(path, source);
        if (earlier != null && !earlier.equals(source)) {
            diags.error(SourcePos.file(source), "render.sameFile", path, earlier);
            return false;
        }
        output.file(path, bytes, source);
        return true;
    }

    /** A part of the site's pages, made only when it is its turn: "" for the site's own, "a/p" for a period. */
    private record Part(String key, java.util.function.Supplier<List<PageJob>> jobs) {
    }

    /** The site's pages in parts, in order. */
    private List<Part> parts(Site site) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("", () -> ownJobs(site)));
        for (Agenda a : site.agendas()) {
            parts.add(new Part("", () -> {
                blocks.forgetFigures();
                return agendaJobs(a);
            }));
            for (Period p : a.periods()) {
                parts.add(new Part(a.id() + "/" + p.id(), () -> {
                    List<PageJob> jobs = new ArrayList<>();
                    periodJobs(a, p, jobs);
                    actionJobs.add(a, p, jobs);
                    return jobs;
                }));
            }
            parts.add(new Part("", () -> monitor(a).map(view -> {
                String monitorUrl = SiteUrls.monitor(a.id());
                return List.of(new PageJob(monitorUrl, "monitor.peb", chrome(theme.strings().text("monitor.title",
                        a.title()), monitorUrl, "", views.crumbs(a, null), null, false, "monitor"), view, a.source()));
            }).orElse(List.of())));
        }
        parts.add(new Part("", () -> List.of(new PageJob("/404.html", "404.peb", chrome(theme.strings().text(
                "notfound.title"), "/404.html", "", views.crumbs(null, null), null, false, "notfound"), "", "themes"))));
        return parts;
    }

    /** The home page, search page, site map and plain pages. */
    private List<PageJob> ownJobs(Site site) {
        List<PageJob> jobs = new ArrayList<>();
        Optional<Page> home = site.home();
        String homeTitle = home.map(Page::title).orElse(config.title());
        jobs.add(new PageJob("/", "home.peb", chrome(homeTitle, "/", config.description(), List.of(), null, false,
                "home"), new HomeView(blocks.html(home.map(Page::body).orElse(nl.policybake.model.Body.EMPTY),
                "content/index.md", null, null), site.agendas().stream().map(views::agendaCard).toList(), views.latest(site, 5)),
                home.map(Page::source).orElse("content")).searchable(page("")));
        jobs.add(new PageJob("/" + SiteUrls.SEARCH + "/", "search.peb", chrome(theme.strings().text("search.title"),
                "/" + SiteUrls.SEARCH + "/", "", views.crumbs(null, null), null, false, "search"), "", "themes"));
        jobs.add(new PageJob("/" + SiteUrls.SITEMAP + "/", "sitemap.peb", chrome(theme.strings().text("sitemap.title"),
                "/" + SiteUrls.SITEMAP + "/", "", views.crumbs(null, null), null, false, "sitemap"),
                views.siteMap(site), "themes"));
        for (Page p : site.pages()) {
            if (p.isHome()) continue;
            String url = SiteUrls.page(p.slug());
            jobs.add(new PageJob(url, "page.peb", chrome(p.title(), url, p.summary(), views.crumbs(null, null), null,
                    p.draft(), "page"), new PlainView(blocks.html(p.body(), p.source(), null, null), TocItem.nest(p.body().toc())),
                    p.source()).searchable(page("")));
        }
        return jobs;
    }

    /** The agenda's page and its {@code actueel} redirect. */
    private List<PageJob> agendaJobs(Agenda a) {
        List<PageJob> jobs = new ArrayList<>();
        String url = SiteUrls.agenda(a.id());
        jobs.add(new PageJob(url, "agenda.peb", chrome(a.title(), url, a.summary(), views.crumbs(null, null), null,
                false, "agenda"), new AgendaView(a.title(), a.region(), a.municipalities(), a.summary(),
                blocks.html(a.body(), a.source(), null, null), newestFirst(a),
                views.links().href(SiteUrls.period(a.id(), a.current())), views.currentRule(a),
                views.overlaps(a, null), hasCharts(a) ? views.links().href(SiteUrls.monitor(a.id())) : ""), a.source())
                .searchable(new PageJob.Facets(a.title(), "", true, theme.strings().text("search.type.agenda"),
                        List.of())));
        String current = views.links().href(SiteUrls.period(a.id(), a.current()));
        jobs.add(new PageJob(SiteUrls.current(a.id()), "redirect.peb",
                chrome(theme.strings().text("current.title", a.title()), SiteUrls.period(a.id(), a.current()), "",
                        views.crumbs(a, null), null, false, "redirect"),
                new RedirectView(current, a.currentPeriod().title()), a.source()));
        return jobs;
    }

    /** Every chart of the agenda's documents, newest period first; empty when there is none. */
    private Optional<MonitorView> monitor(Agenda a) {
        List<MonitorView.Section> sections = new ArrayList<>();
        for (Period p : a.periods()) {
            List<MonitorView.Item> items = new ArrayList<>();
            for (Document d : p.documents()) {
                for (int i = 0; i < d.body().blocks().size(); i++) {
                    if (d.body().blocks().get(i) instanceof ChartBlock chart) {
                        // the document's own id: the chart drawn for its page is taken over (ids stay unique here)
                        String figure = blocks.fill(chart, BlockFiller.chartId(d.source(), i), a, p);
                        items.add(new MonitorView.Item(d.title(),
                                views.links().href(SiteUrls.document(a.id(), p.id(), d.slug())), ViewBuilder.html(figure)));
                    }
                }
            }
            if (!items.isEmpty()) {
                sections.add(0, new MonitorView.Section(p.id(), p.title(),
                        views.links().href(SiteUrls.period(a.id(), p.id())), List.copyOf(items)));
            }
        }
        return sections.isEmpty() ? Optional.empty() : Optional.of(new MonitorView(List.copyOf(sections)));
    }

    private void periodJobs(Agenda a, Period p, List<PageJob> jobs) {
        String url = SiteUrls.period(a.id(), p.id());
        String print = views.links().href(SiteUrls.print(a.id(), p.id()));
        jobs.add(new PageJob(url, "period.peb", chrome(p.title(), url, p.summary(), views.crumbs(a, null),
                views.periodNav(a, p, ViewBuilder.Spot.HOME, null), false, "period"),
                new PeriodView(views.period(a, p), blocks.html(p.body(), p.source(), a, p),
                        p.documents().stream().map(d -> views.card(a, p, d)).toList(), print,
                        views.overlaps(a, p), views.currentRule(a), actionJobs.summary(a, p)), p.source())
                .searchable(facets(a, p, theme.strings().text("search.type.period"))));
        // a document's page and print section on several threads (blocks, charts and the print body are the work)
        record Made(PageJob job, PrintView.Section section) {
        }
        List<Made> made = p.documents().parallelStream().map(d -> {
            String docUrl = SiteUrls.document(a.id(), p.id(), d.slug());
            var card = views.card(a, p, d);
            String html = blocks.html(d.body(), d.source(), a, p).toString();
            PageJob job = new PageJob(docUrl, "document.peb", chrome(d.title(), docUrl, d.summary(), views.crumbs(a, p),
                    views.periodNav(a, p, ViewBuilder.Spot.DOCUMENT, d.slug()), d.draft(), "document"),
                    new DocumentView(d.title(), card.type(), card.date(), card.isoDate(), d.summary(), d.tags(),
                            ViewBuilder.html(html), TocItem.nest(d.body().toc()), views.period(a, p), print),
                    d.source()).searchable(facets(a, p, card.type()));
            return new Made(job, new PrintView.Section(d.slug(), d.title(), card.type(), card.date(),
                    ViewBuilder.html(printBody(html, d.slug()))));
        }).toList();
        made.forEach(m -> jobs.add(m.job()));
        List<PrintView.Section> sections = made.stream().map(Made::section).toList();
        String printUrl = SiteUrls.print(a.id(), p.id());
        jobs.add(new PageJob(printUrl, "print.peb", chrome(theme.strings().text("print.title", p.title()), printUrl,
                p.summary(), views.crumbs(a, p), views.periodNav(a, p, ViewBuilder.Spot.PRINT, null), false, "print"),
                new PrintView(views.period(a, p), ViewBuilder.html(printBody(blocks.html(p.body(), p.source(), a, p).toString(),
                        "periode")), sections), p.source()));
    }

    /** {@link PrintBody#of}, taken from the cache for HTML seen in the last build. */
    private String printBody(String html, String prefix) {
        return cache.memo(new PrintKey(html, prefix), () -> Optional.of(PrintBody.of(html, prefix))).orElseThrow();
    }

    private record PrintKey(String html, String prefix) {
    }

    private PageJob.Facets page(String agenda) {
        return new PageJob.Facets(agenda, "", true, theme.strings().text("search.type.page"), List.of());
    }

    static PageJob.Facets facets(Agenda a, Period p, String type) {
        return new PageJob.Facets(a.title(), p.id(), p.id().equals(a.current()), type, List.of());
    }

    private static boolean hasCharts(Agenda a) {
        return a.periods().stream().flatMap(p -> p.documents().stream())
                .anyMatch(d -> d.body().blocks().stream().anyMatch(b -> b instanceof ChartBlock));
    }

    private List<PeriodSummary> newestFirst(Agenda a) {
        List<PeriodSummary> list = new ArrayList<>();
        for (Period p : a.periods()) list.add(0, views.period(a, p));
        return List.copyOf(list);
    }

    private Chrome chrome(String title, String url, String description, List<NavLink> crumbs, PeriodNav nav,
                          boolean draft, String kind) {
        return views.chrome(title, url, description, crumbs, nav, draft, kind);
    }
}
