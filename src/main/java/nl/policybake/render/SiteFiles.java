package nl.policybake.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Agenda;
import nl.policybake.model.Document;
import nl.policybake.model.Page;
import nl.policybake.model.Period;
import nl.policybake.model.Site;
import nl.policybake.model.SiteUrls;

/**
 * The files every site has besides its pages: {@code sitemap.xml}, the Atom feed {@code feed.xml} of the latest
 * dated documents, {@code robots.txt} and {@code .well-known/security.txt} (RFC 9116). No clock is read: dates
 * come from the content and the config.
 */
final class SiteFiles {

    private final SiteConfig config;
    private final Links links;
    private final Diagnostics diags;

    SiteFiles(SiteConfig config, Links links, Diagnostics diags) {
        this.config = config;
        this.links = links;
        this.diags = diags;
    }

    /** Output path to text. */
    Map<String, String> write(Site site) {
        Map<String, String> files = new TreeMap<>();
        files.put("sitemap.xml", sitemap(site));
        files.put("feed.xml", feed(site));
        files.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + links.absolute("/sitemap.xml") + "\n");
        securityTxt().ifPresent(text -> files.put(".well-known/security.txt", text));
        return files;
    }

    private record Entry(String url, Optional<LocalDate> date) {
    }

    private String sitemap(Site site) {
        List<Entry> entries = new ArrayList<>();
        for (Page p : site.pages()) entries.add(new Entry(SiteUrls.page(p.slug()), Optional.empty()));
        if (site.home().isEmpty()) entries.add(new Entry("/", Optional.empty()));
        for (Agenda a : site.agendas()) {
            entries.add(new Entry(SiteUrls.agenda(a.id()), Optional.empty()));
            for (Period p : a.periods()) {
                entries.add(new Entry(SiteUrls.period(a.id(), p.id()), Optional.empty()));
                entries.add(new Entry(SiteUrls.print(a.id(), p.id()), Optional.empty()));
                for (Document d : p.documents()) {
                    entries.add(new Entry(SiteUrls.document(a.id(), p.id(), d.slug()), d.date()));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::url));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry e : entries) {
            sb.append("  <url><loc>").append(Xml.escape(links.absolute(e.url()))).append("</loc>");
            e.date().ifPresent(d -> sb.append("<lastmod>").append(d).append("</lastmod>"));
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private record FeedItem(Agenda agenda, Period period, Document doc) {
    }

    private String feed(Site site) {
        List<FeedItem> items = new ArrayList<>();
        for (Agenda a : site.agendas()) {
            for (Period p : a.periods()) {
                for (Document d : p.documents()) if (d.date().isPresent() && !d.draft()) items.add(new FeedItem(a, p, d));
            }
        }
        items.sort(Comparator.comparing((FeedItem i) -> i.doc().date().orElseThrow()).reversed()
                .thenComparing(i -> i.doc().source()));
        List<FeedItem> latest = items.stream().limit(config.feedSize()).toList();
        String updated = latest.isEmpty() ? "1970-01-01" : latest.get(0).doc().date().orElseThrow().toString();
        String author = config.owner().isEmpty() ? config.title() : config.owner();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(config.language()).append("\">\n")
                .append("  <title>").append(Xml.escape(config.title())).append("</title>\n")
                .append("  <id>").append(Xml.escape(links.absolute("/"))).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(links.absolute("/feed.xml"))).append("\"/>\n")
                .append("  <link href=\"").append(Xml.escape(links.absolute("/"))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(Xml.escape(author)).append("</name></author>\n");
        for (FeedItem i : latest) {
            String url = links.absolute(SiteUrls.document(i.agenda().id(), i.period().id(), i.doc().slug()));
            sb.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(i.doc().title())).append("</title>\n")
                    .append("    <id>").append(Xml.escape(url)).append("</id>\n")
                    .append("    <link href=\"").append(Xml.escape(url)).append("\"/>\n")
                    .append("    <updated>").append(i.doc().date().orElseThrow()).append("T00:00:00Z</updated>\n")
                    .append("    <category term=\"").append(Xml.escape(i.agenda().title())).append("\"/>\n");
            if (!i.doc().summary().isEmpty()) {
                sb.append("    <summary>").append(Xml.escape(i.doc().summary())).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    private Optional<String> securityTxt() {
        if (config.contact().isEmpty() || config.securityExpires().isEmpty()) {
            diags.warning(SourcePos.file("site-config.properties"), "render.noSecurityTxt");
            return Optional.empty();
        }
        String contact = config.contact().contains("@") && !config.contact().startsWith("mailto:")
                ? "mailto:" + config.contact() : config.contact();
        return Optional.of("Contact: " + contact + "\n"
                + "Expires: " + config.securityExpires().get() + "T00:00:00Z\n"
                + "Preferred-Languages: " + config.language() + (config.language().equals("nl") ? ", en" : "") + "\n"
                + "Canonical: " + links.absolute("/.well-known/security.txt") + "\n");
    }
}
