package nl.policybake.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.config.SiteConfig;
import nl.policybake.model.Agenda;
import nl.policybake.model.Document;
import nl.policybake.model.Period;
import nl.policybake.model.Site;
import nl.policybake.model.SiteUrls;
import nl.policybake.model.actions.Lineage;
import nl.policybake.render.theme.UiStrings;
import nl.policybake.render.view.AgendaCard;
import nl.policybake.render.view.Chrome;
import nl.policybake.render.view.DocumentCard;
import nl.policybake.render.view.NavLink;
import nl.policybake.render.view.PeriodNav;
import nl.policybake.render.view.PeriodSummary;
import nl.policybake.render.view.SiteMapView;
import nl.policybake.render.view.SiteView;

/** Builds the view records shared by several kinds of page: summaries, cards, the switcher, the site itself. Used on
 * one thread (while the page jobs are built). */
final class ViewBuilder {

    /** Which page of a period is shown, so the switcher can offer the same page in the other periods. */
    enum Spot { HOME, PRINT, DOCUMENT, ACTIONS, ACTION_LINE, DASHBOARD, PARTNERS, COMPARE }

    private final SiteConfig config;
    private final UiStrings strings;
    private final Formats formats;
    private final Links links;
    // pages are built on several threads
    private final java.util.Map<List<Document>, Set<String>> slugsByPeriod =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** Drops what was worked out for the site just rendered, so that its model can go. */
    void forget() {
        slugsByPeriod.clear();
    }

    ViewBuilder(SiteConfig config, UiStrings strings, Links links) {
        this.config = config;
        this.strings = strings;
        this.formats = new Formats(config.locale());
        this.links = links;
    }

    Links links() {
        return links;
    }

    SiteView site(Site site) {
        List<NavLink> agendas = site.agendas().stream()
                .map(a -> new NavLink(a.title(), links.href(SiteUrls.agenda(a.id())), false)).toList();
        List<NavLink> footer = site.pages().stream().filter(p -> !p.isHome())
                .map(p -> new NavLink(p.title(), links.href(SiteUrls.page(p.slug())), false)).toList();
        return new SiteView(config.title(), config.description(), config.language(), config.owner(),
                config.contact(), links.href("/"), links.href("/" + SiteUrls.ASSETS + "/"), links.href("/feed.xml"),
                links.href("/" + SiteUrls.SEARCH + "/"), links.href("/" + SiteUrls.SITEMAP + "/"),
                links.href("/search/"), agendas, footer);
    }

    PeriodSummary period(Agenda agenda, Period p) {
        String span = strings.text("period.span", formats.date(p.start()), formats.date(p.end()));
        return new PeriodSummary(p.id(), p.title(), links.href(SiteUrls.period(agenda.id(), p.id())), span,
                strings.text(p.status().labelKey()), p.status().word().replace(' ', '-'),
                formats.date(p.adopted()), p.decision(), p.summary(), p.id().equals(agenda.current()));
    }

    DocumentCard card(Agenda agenda, Period period, Document d) {
        return new DocumentCard(d.title(), links.href(SiteUrls.document(agenda.id(), period.id(), d.slug())),
                strings.text("type." + d.type()), formats.date(d.date()), Formats.iso(d.date()), d.summary(),
                d.draft());
    }

    AgendaCard agendaCard(Agenda a) {
        String municipalities = a.municipalities().isEmpty() ? ""
                : strings.text("agenda.municipalities.count", a.municipalities().size());
        return new AgendaCard(a.title(), a.region(), a.summary(), links.href(SiteUrls.agenda(a.id())), municipalities,
                period(a, a.currentPeriod()));
    }

    /** The most recent dated documents of the whole site, newest first. */
    List<DocumentCard> latest(Site site, int count) {
        record Dated(Agenda a, Period p, Document d) { }
        List<Dated> all = new ArrayList<>();
        for (Agenda a : site.agendas()) {
            for (Period p : a.periods()) {
                for (Document d : p.documents()) if (d.date().isPresent()) all.add(new Dated(a, p, d));
            }
        }
        all.sort(Comparator.comparing((Dated x) -> x.d().date().orElseThrow()).reversed()
                .thenComparing(x -> x.d().source()));
        return all.stream().limit(count).map(x -> card(x.a(), x.p(), x.d())).toList();
    }

    /** The switcher for {@code spot} of {@code period}; {@code slug} names the document on a document page. */
    PeriodNav periodNav(Agenda agenda, Period period, Spot spot, String slug) {
        List<PeriodNav.PeriodLink> options = new ArrayList<>();
        for (Period q : agenda.periods()) {
            String same = samePage(agenda, q, spot, slug);
            String url = same != null ? same : SiteUrls.period(agenda.id(), q.id());
            options.add(new PeriodNav.PeriodLink(q.id(), strings.text(q.status().labelKey()), links.href(url),
                    q.id().equals(period.id()), q.id().equals(agenda.current()), same != null));
        }
        PeriodNav.Banner banner = null;
        if (!period.id().equals(agenda.current())) {
            Period current = agenda.currentPeriod();
            String same = samePage(agenda, current, spot, slug);
            String url = same != null ? same : SiteUrls.period(agenda.id(), current.id());
            String text = config.periodBanner().isEmpty()
                    ? strings.text("banner.text", period.id(), strings.text(period.status().labelKey()), current.id())
                    : config.periodBanner().replace("{period}", period.id()).replace("{current}", current.id());
            banner = new PeriodNav.Banner(text, strings.text("banner.link", current.id()), links.href(url));
        }
        return new PeriodNav(agenda.title(), List.copyOf(options), banner);
    }

    /** The document slugs of a period, looked up once per period and build rather than once per page. */
    private Set<String> slugs(Period q) {
        return slugsByPeriod.computeIfAbsent(q.documents(),
                docs -> docs.stream().map(Document::slug).collect(java.util.stream.Collectors.toSet()));
    }

    private String samePage(Agenda agenda, Period q, Spot spot, String slug) {
        boolean actions = !q.actionLines().isEmpty();
        return switch (spot) {
            case HOME -> SiteUrls.period(agenda.id(), q.id());
            case PRINT -> SiteUrls.print(agenda.id(), q.id());
            case DOCUMENT -> slugs(q).contains(slug) ? SiteUrls.document(agenda.id(), q.id(), slug) : null;
            case ACTIONS -> actions ? SiteUrls.actions(agenda.id(), q.id()) : null;
            case DASHBOARD -> actions ? SiteUrls.dashboard(agenda.id(), q.id()) : null;
            case PARTNERS -> actions ? SiteUrls.partners(agenda.id(), q.id()) : null;
            case COMPARE -> actions && new Lineage(agenda).previous(q).isPresent()
                    ? SiteUrls.compare(agenda.id(), q.id()) : null;
            case ACTION_LINE -> q.actionLines().stream().filter(l -> l.slug().equals(slug)).findFirst()
                    .map(l -> SiteUrls.actionLine(agenda.id(), q.id(), l.slug())).orElse(null);
        };
    }

    /** Every page a reader can reach, for the site map. */
    SiteMapView siteMap(Site site) {
        List<SiteMapView.Agenda> agendas = new ArrayList<>();
        for (Agenda a : site.agendas()) {
            List<SiteMapView.Period> periods = new ArrayList<>();
            for (Period p : a.periods()) {
                List<NavLink> docs = p.documents().stream().map(d -> new NavLink(d.title(),
                        links.href(SiteUrls.document(a.id(), p.id(), d.slug())), false)).toList();
                if (!p.actionLines().isEmpty()) {
                    docs = new ArrayList<>(docs);
                    docs.add(new NavLink(strings.text("actions.title", p.id()), links.href(SiteUrls.actions(a.id(), p.id())),
                            false));
                }
                periods.add(new SiteMapView.Period(p.title() + " (" + p.id() + ")",
                        links.href(SiteUrls.period(a.id(), p.id())), List.copyOf(docs)));
            }
            agendas.add(new SiteMapView.Agenda(a.title(), links.href(SiteUrls.agenda(a.id())), List.copyOf(periods)));
        }
        List<NavLink> pages = site.pages().stream().filter(p -> !p.isHome())
                .map(p -> new NavLink(p.title(), links.href(SiteUrls.page(p.slug())), false)).toList();
        return new SiteMapView(List.copyOf(agendas), pages);
    }

    Chrome chrome(String title, String url, String description, List<NavLink> crumbs, PeriodNav nav, boolean draft,
                  String kind) {
        return new Chrome(title, links.absolute(url), description, crumbs, nav, draft, kind);
    }

    /** Why the current period is current, in one sentence. */
    String currentRule(Agenda agenda) {
        Period current = agenda.currentPeriod();
        if (agenda.currentDeclared()) return strings.text("current.declared", current.id());
        if (current.status().isAdopted()) return strings.text("current.latestAdopted", current.id());
        return strings.text("current.latest", current.id());
    }

    /** A sentence for every pair of periods of the agenda that overlap in time. */
    List<String> overlaps(Agenda agenda, Period only) {
        List<String> notes = new ArrayList<>();
        List<Period> ps = agenda.periods();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                Period a = ps.get(i);
                Period b = ps.get(j);
                boolean concerns = only == null || only.id().equals(a.id()) || only.id().equals(b.id());
                if (concerns && a.overlaps(b)) {
                    notes.add(strings.text("period.overlap", a.id(), b.id(), agenda.current()));
                }
            }
        }
        return notes;
    }

    static SafeString html(String trusted) {
        return new SafeString(trusted);
    }

    List<NavLink> crumbs(Agenda agenda, Period period) {
        List<NavLink> crumbs = new ArrayList<>();
        crumbs.add(new NavLink(strings.text("nav.home"), links.href("/"), false));
        if (agenda != null) crumbs.add(new NavLink(agenda.title(), links.href(SiteUrls.agenda(agenda.id())), false));
        if (period != null) {
            crumbs.add(new NavLink(period.id(), links.href(SiteUrls.period(agenda.id(), period.id())), false));
        }
        return crumbs;
    }
}
