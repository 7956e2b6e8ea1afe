package nl.policybake.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Site;
import nl.policybake.output.WriteStats;
import nl.policybake.parse.ContentParser;
import nl.policybake.parse.ParseCache;
import nl.policybake.post.search.SearchIndexer;
import nl.policybake.render.RenderCache;
import nl.policybake.render.SearchPage;
import nl.policybake.render.SiteRenderer;
import nl.policybake.render.theme.Theme;

/**
 * The rebuild for the most common edit in {@code serve}, the text of a document and nothing else: see {@link #run}.
 * Part of an incremental {@link SiteBuilder}, which calls it under its lock with its own state and caches.
 */
final class TextRebuild {

    private final IncrementalState state;
    private final ParseCache parseCache;
    private final RenderCache renderCache;

    TextRebuild(IncrementalState state, ParseCache parseCache, RenderCache renderCache) {
        this.state = state;
        this.parseCache = parseCache;
        this.renderCache = renderCache;
    }

    /** When the build started, its stage clock, and whom to tell what was written. */
    record Progress(long start, StageClock clock, Consumer<SiteBuilder.Written> pagesWritten) {
    }

    /**
     * What a rebuild in which only the text of documents changed takes from the last build: its inputs, to see what
     * changed, and its site model, parser and theme, to render the changed bodies and their period's pages in the
     * same site. Kept only after a build that reported nothing, so a quick rebuild that reports nothing either has
     * the diagnostics of a full one (none).
     */
    record Last(BuildOptions options, String configText, List<SourceFile> themeFiles, List<SourceFile> content,
                Site site, ContentParser parser, SiteConfig config, Theme theme, int pages,
                Map<String, String> origins) {
    }

    /**
     * The rebuild for the most common edit in {@code serve}: the text of one or a few documents changed, and nothing
     * else. Their bodies are rendered again in the last build's site (same front matter, same blocks, same links,
     * same data), then only their periods' pages, the saved documents' own pages first; every other page is the last
     * build's. Empty when the change is more than that, having written nothing or put back what it wrote: then the
     * full rebuild runs. {@code IncrementalBuildIT} checks that
     * the output is a clean build's either way.
     */
    Optional<BuildResult> run(Last known, BuildOptions options, List<SourceFile> content, Diagnostics diags,
                              Progress progress) {
        long start = progress.start();
        StageClock clock = progress.clock();
        Consumer<SiteBuilder.Written> pagesWritten = progress.pagesWritten();
        if (state.pages == null || !options.output().equals(state.output) || content.size() != known.content().size()) {
            return Optional.empty();
        }
        Site site = known.site();
        java.util.Set<String> periods = new java.util.TreeSet<>();
        java.util.Set<String> sources = new java.util.TreeSet<>();
        parseCache.beginPartial();
        for (int i = 0; i < content.size(); i++) {
            SourceFile now = content.get(i);
            SourceFile before = known.content().get(i);
            if (!now.path().equals(before.path())) return Optional.empty();
            if (now == before || java.util.Arrays.equals(now.bytes(), before.bytes())) continue;
            String[] parts = now.path().split("/");
            Optional<nl.policybake.model.Document> doc = parts.length != 4 ? Optional.empty()
                    : site.agendas().stream().filter(a -> a.id().equals(parts[1])).flatMap(a -> a.periods().stream())
                    .filter(p -> p.id().equals(parts[2])).flatMap(p -> p.documents().stream())
                    .filter(d -> d.source().equals(now.path())).findFirst();
            if (doc.isEmpty()) return Optional.empty();
            Optional<nl.policybake.model.Body> body = known.parser().reparseBody(now);
            if (body.isEmpty() || !body.get().blocks().equals(doc.get().body().blocks())) return Optional.empty();
            site = withBody(site, parts[1], parts[2], now.path(), body.get());
            periods.add(parts[1] + "/" + parts[2]);
            sources.add(now.path());
        }
        if (periods.isEmpty()) return Optional.empty();
        clock.lap("parse texts");
        renderCache.beginPartial();
        Diagnostics local = diags.fork();
        SiteRenderer renderer = new SiteRenderer(known.config(), known.theme(), local, renderCache);
        Map<String, SearchPage> searchable = new java.util.HashMap<>();
        // the saved documents' own pages are written and announced first, the rest of their periods after them; only
        // the pages rendered again are compared with what is on disk, not the whole site
        Map<String, byte[]> fresh = new java.util.LinkedHashMap<>();
        Map<String, byte[]> onDisk = new java.util.HashMap<>();
        java.util.SortedSet<String> changed = new java.util.TreeSet<>();
        boolean[] told = {false};
        for (String period : periods) {
            String[] ap = period.split("/");
            renderer.renderPeriod(site, ap[0], ap[1], sources, new SiteRenderer.Output() {
                @Override
                public void file(String path, byte[] bytes, String source) {
                    fresh.put(path, bytes);
                }

                @Override
                public void searchable(SearchPage page) {
                    searchable.put(page.url(), page);
                }

                @Override
                public void firstDone() {
                    if (diags.hasErrors() || local.hasAny() || !samePages(fresh)) return;
                    List<String> written = writeFresh(options, fresh, onDisk, diags);
                    if (diags.hasErrors()) return;
                    changed.addAll(written);
                    pagesWritten.accept(new SiteBuilder.Written(written, known.origins(), told[0]));
                    told[0] = true;
                }
            });
        }
        if (!diags.hasErrors() && (local.hasAny() || !samePages(fresh))) {
            // back to what the last build wrote, then the full rebuild: it reports what went wrong
            Map<String, byte[]> restore = new java.util.HashMap<>();
            for (String path : onDisk.keySet()) restore.put(path, state.pages.get(path));
            writeFresh(options, restore, onDisk, diags);
            if (!diags.hasErrors()) return Optional.empty();
        }
        // a write that failed left state.pages null (IncrementalState.update): the next build compares with the disk
        if (diags.hasErrors()) return Optional.of(Outcomes.failed(diags, start));
        List<SearchPage> search = state.searchBase.stream().map(p -> searchable.getOrDefault(p.url(), p)).toList();
        clock.lap("render periods");
        List<String> rest = writeFresh(options, fresh, onDisk, diags);
        if (diags.hasErrors()) return Optional.of(Outcomes.failed(diags, start));
        Map<String, byte[]> pages = new TreeMap<>(state.pages);
        pages.putAll(fresh);
        state.pages = pages;
        changed.addAll(rest);
        pagesWritten.accept(new SiteBuilder.Written(rest, known.origins(), told[0]));
        clock.lap("write pages");
        if (!search.equals(state.searchPages)) {
            if (state.deferIndex) {
                state.pending = new IncrementalState.PendingIndex(state.generation, search, options);
            } else {
                Map<String, byte[]> index = new SearchIndexer().index(search);
                List<String> indexFiles = state.update(options, index, state.index, diags);
                if (diags.hasErrors()) return Optional.of(Outcomes.failed(diags, start));
                state.index = index;
                state.searchPages = search;
                changed.addAll(indexFiles);
                clock.lap("search");
            }
        }
        state.searchBase = search;
        state.last = new Last(options, known.configText(), known.themeFiles(), content, site, known.parser(),
                known.config(), known.theme(), known.pages(), known.origins());
        int files = pages.size() + state.index.size();
        return Optional.of(Outcomes.result(diags, Outcomes.Counts.of(site), known.pages(), files,
                new WriteStats(changed.size(), files - changed.size(), 0), start, clock, List.copyOf(changed)));
    }

    /** True when every page rendered again is one the last build wrote: no page came or went. */
    private boolean samePages(Map<String, byte[]> fresh) {
        return state.pages.keySet().containsAll(fresh.keySet());
    }

    /**
     * Writes the files of {@code fresh} that {@code onDisk} (what was written since the last build) or else the last
     * build holds with other bytes, and notes them in {@code onDisk}; the paths written.
     */
    private List<String> writeFresh(BuildOptions options, Map<String, byte[]> fresh, Map<String, byte[]> onDisk,
                                    Diagnostics diags) {
        Map<String, byte[]> todo = new TreeMap<>();
        Map<String, byte[]> previous = new java.util.HashMap<>();
        for (Map.Entry<String, byte[]> e : fresh.entrySet()) {
            byte[] there = onDisk.containsKey(e.getKey()) ? onDisk.get(e.getKey()) : state.pages.get(e.getKey());
            if (there == e.getValue()) continue;
            todo.put(e.getKey(), e.getValue());
            previous.put(e.getKey(), there);
        }
        if (todo.isEmpty()) return List.of();
        List<String> written = state.update(options, todo, previous, diags);
        if (!diags.hasErrors()) onDisk.putAll(todo);
        return written;
    }

    /** {@code site} with the body of the document from {@code source} in period {@code period} of {@code agenda}. */
    private static Site withBody(Site site, String agenda, String period, String source,
                                 nl.policybake.model.Body body) {
        return new Site(site.pages(), site.agendas().stream().map(a -> !a.id().equals(agenda) ? a
                : new nl.policybake.model.Agenda(a.id(), a.source(), a.title(), a.region(), a.municipalities(),
                a.summary(), a.body(), a.periods().stream().map(p -> !p.id().equals(period) ? p
                : new nl.policybake.model.Period(p.id(), p.source(), p.title(), p.start(), p.end(), p.status(),
                p.adopted(), p.decision(), p.summary(), p.body(), p.documents().stream().map(d ->
                !d.source().equals(source) ? d : new nl.policybake.model.Document(d.slug(), d.source(), d.title(),
                        d.type(), d.date(), d.draft(), d.summary(), d.tags(), d.order(), body)).toList(),
                p.actionLines())).toList(), a.current(), a.currentDeclared())).toList(), site.assets());
    }

}
