package nl.policybake.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.Agenda;
import nl.policybake.model.Period;
import nl.policybake.model.SiteUrls;
import nl.policybake.render.actions.ActionPageViews;
import nl.policybake.render.actions.ActionSummary;
import nl.policybake.render.actions.ActionViews;
import nl.policybake.model.actions.Lineage;
import nl.policybake.render.theme.UiStrings;
import nl.policybake.render.view.NavLink;

/** The pages of a period's action lines, when it has any: overview, one per line, dashboard, partners, comparison. */
final class ActionJobs {

    private final ViewBuilder views;
    private final ActionViews tables;
    private final ActionPageViews pages;
    private final BlockFiller blocks;
    private final UiStrings strings;

    ActionJobs(ViewBuilder views, ActionViews tables, BlockFiller blocks, UiStrings strings, Locale locale) {
        this.views = views;
        this.tables = tables;
        this.blocks = blocks;
        this.strings = strings;
        this.pages = new ActionPageViews(tables, strings::text, views.links()::href, locale);
    }

    /** What the period's home page shows of its action lines, or null when it has none. */
    ActionSummary summary(Agenda a, Period p) {
        if (p.actionLines().isEmpty()) return null;
        Optional<Period> previous = new Lineage(a).previous(p);
        return new ActionSummary(p.actionLines().size(), p.actionLines().stream().mapToInt(l -> l.rows().size()).sum(),
                tables.counts(p.actionLines()), href(SiteUrls.actions(a.id(), p.id())),
                href(SiteUrls.dashboard(a.id(), p.id())), href(SiteUrls.partners(a.id(), p.id())),
                previous.isPresent() ? href(SiteUrls.compare(a.id(), p.id())) : "",
                previous.map(Period::id).orElse(""));
    }

    void add(Agenda a, Period p, List<PageJob> jobs) {
        if (p.actionLines().isEmpty()) return;
        String csv = p.actionLines().get(0).source();
        List<NavLink> crumbs = views.crumbs(a, p);
        String url = SiteUrls.actions(a.id(), p.id());
        jobs.add(new PageJob(url, "actions.peb", views.chrome(strings.text("actions.title", p.id()), url, "", crumbs,
                views.periodNav(a, p, ViewBuilder.Spot.ACTIONS, null), false, "actions"), pages.overview(a, p), csv));
        List<NavLink> lineCrumbs = new java.util.ArrayList<>(crumbs);
        lineCrumbs.add(new NavLink(strings.text("actions.short"), href(url), false));
        for (ActionLine l : p.actionLines()) {
            String lineUrl = SiteUrls.actionLine(a.id(), p.id(), l.slug());
            jobs.add(new PageJob(lineUrl, "action-line.peb", views.chrome(l.id() + " " + l.title(), lineUrl, "",
                    List.copyOf(lineCrumbs), views.periodNav(a, p, ViewBuilder.Spot.ACTION_LINE, l.slug()), false,
                    "action-line"), pages.line(a, p, l, blocks.html(l.prose(), l.source() + "/" + l.id(), a, p)), l.source())
                    .searchable(new PageJob.Facets(a.title(), p.id(), p.id().equals(a.current()),
                            strings.text("actions.line"), statuses(l))));
        }
        String dash = SiteUrls.dashboard(a.id(), p.id());
        jobs.add(new PageJob(dash, "dashboard.peb", views.chrome(strings.text("dashboard.pageTitle", p.id()), dash, "",
                crumbs, views.periodNav(a, p, ViewBuilder.Spot.DASHBOARD, null), false, "dashboard"),
                pages.dashboard(a, p), csv));
        String partners = SiteUrls.partners(a.id(), p.id());
        jobs.add(new PageJob(partners, "partners.peb", views.chrome(strings.text("partners.pageTitle", p.id()),
                partners, "", crumbs, views.periodNav(a, p, ViewBuilder.Spot.PARTNERS, null), false, "partners"),
                pages.partners(a, p), csv));
        new Lineage(a).previous(p).ifPresent(prev -> {
            String compare = SiteUrls.compare(a.id(), p.id());
            jobs.add(new PageJob(compare, "compare.peb", views.chrome(strings.text("compare.title", prev.id(), p.id()),
                    compare, "", crumbs, views.periodNav(a, p, ViewBuilder.Spot.COMPARE, null), false, "compare"),
                    pages.compare(a, prev, p), csv));
        });
    }

    private List<String> statuses(ActionLine l) {
        return l.rows().stream().map(r -> tables.status(r.status()).label()).distinct().sorted().toList();
    }

    private String href(String url) {
        return views.links().href(url);
    }
}
