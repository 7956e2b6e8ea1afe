package nl.policybake.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.policybake.config.SiteConfig;
import nl.policybake.config.SiteConfigParser;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.load.SourceTree;
import nl.policybake.model.Site;
import nl.policybake.output.SiteWriter;
import nl.policybake.output.WriteStats;
import nl.policybake.parse.ContentParser;
import nl.policybake.parse.ParseCache;
import nl.policybake.post.check.OutputChecker;
import nl.policybake.post.search.SearchIndexer;
import nl.policybake.render.RenderCache;
import nl.policybake.render.RenderedSite;
import nl.policybake.render.SearchPage;
import nl.policybake.render.SiteRenderer;
import nl.policybake.render.Theme;
import nl.policybake.render.ThemeReader;

/**
 * Runs the stages in order and stops after the first stage that recorded an error, so a failed build writes
 * nothing. Diagnostics are in the site's language; only a missing config file is reported in Dutch.
 *
 * <p>An {@link #incremental()} builder is used for many builds of one site ({@code serve}): it keeps each build's
 * work in its caches, takes from them what did not change, and writes only the files whose bytes changed. Its
 * output is the output of a clean build of the same files, byte for byte; {@code IncrementalBuildIT} checks that.
 */
public final class SiteBuilder {

    private final ParseCache parseCache;
    private final RenderCache renderCache;
    private final boolean incremental;
    private List<SearchPage> lastSearchPages = List.of();
    private Map<String, byte[]> lastIndex = Map.of();
    private Map<String, byte[]> lastPages;
    private Path lastOutput;
    private Last last;
    /** The search pages of the last build, indexed or not yet: what a quick rebuild starts from. */
    private List<SearchPage> lastSearchBase = List.of();
    private volatile Trees trees;
    private boolean deferIndex;
    private long generation;
    private PendingIndex pending;

    /** A builder for one build: it keeps nothing. */
    public SiteBuilder() {
        this(false);
    }

    private SiteBuilder(boolean incremental) {
        this.incremental = incremental;
        this.parseCache = incremental ? ParseCache.create() : ParseCache.none();
        this.renderCache = incremental ? RenderCache.create() : RenderCache.none();
    }

    /**
     * A builder for repeated builds of one site, each taking from the last what did not change. Builds run one at a
     * time; {@link #touched}, {@link #forget} and {@link #finishIndex} may be called from other threads.
     */
    public static SiteBuilder incremental() {
        return new SiteBuilder(true);
    }

    /** The folders an incremental builder keeps between builds; new when the site folder or theme changes. */
    private record Trees(Path site, String themeName, SourceTree content, SourceTree theme) {
    }

    private Trees trees(SiteLoader loader, Path site, String theme) {
        if (trees == null || !trees.site().equals(site)) {
            trees = new Trees(site, theme, loader.contentTree(), loader.themeTree(theme));
        } else if (!trees.themeName().equals(theme)) {
            trees = new Trees(site, theme, trees.content(), loader.themeTree(theme));
        }
        return trees;
    }

    /**
     * Tells an incremental builder that these paths (relative to the site folder, {@code /}-separated) were
     * created, changed or deleted since the last build; it reads only those again. Called by the watcher.
     */
    public void touched(java.util.Collection<String> paths) {
        Trees known = trees;
        if (known != null) {
            known.content().touched(paths);
            known.theme().touched(paths);
        }
    }

    /** Makes an incremental builder read every file again at the next build, for when the watcher lost track. */
    public void forget() {
        trees = null;
        last = null;
    }

    /** How much work the last build did rather than take from the caches, for tests and the benchmark. */
    public Work lastWork() {
        return new Work(parseCache.bodiesRendered(), renderCache.pagesRendered());
    }

    /**
     * What a build has written so far: the output paths written or deleted, and the source of each output path
     * (pages, and the files copied from {@code content/} or the theme).
     */
    public record Written(List<String> changed, Map<String, String> origins, boolean continued) {

        /** The files a build wrote, the first (or only) time it tells. */
        public Written(List<String> changed, Map<String, String> origins) {
            this(changed, origins, false);
        }
    }

    /** Markdown bodies rendered and pages evaluated by a build. */
    public record Work(int bodies, int pages) {
    }

    /**
     * Makes an incremental builder leave a changed search index for {@link #finishIndex()}: a build then returns as
     * soon as the pages are written (with the last index), and the preview makes the index in the background.
     */
    public void deferIndex() {
        this.deferIndex = true;
    }

    /** True when the last build left its search index to {@link #finishIndex()}. */
    public synchronized boolean indexPending() {
        return pending != null;
    }

    /**
     * Makes and writes the search index the last build left, unless a newer build came first (then that build's
     * index is the one to make). The index is made without holding up builds. True when it was written.
     */
    public boolean finishIndex() {
        PendingIndex job;
        synchronized (this) {
            job = pending;
            pending = null;
        }
        if (job == null) return false;
        Map<String, byte[]> index = new SearchIndexer().index(job.pages());
        synchronized (this) {
            if (job.generation() != generation || lastPages == null) return false;
            Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
            update(job.options(), index, lastIndex, diags);
            if (diags.hasErrors()) return false;
            lastIndex = index;
            lastSearchPages = job.pages();
            return true;
        }
    }

    /** A search index a build left to be made: the pages to index, and which build they come from. */
    private record PendingIndex(long generation, List<SearchPage> pages, BuildOptions options) {
    }

    /** Builds the site described by {@code options}. Never throws for problems in the site itself. */
    public BuildResult build(BuildOptions options) {
        return build(options, changed -> { });
    }

    /**
     * Builds, and tells {@code pagesWritten} which output paths changed as soon as the pages are on disk. An
     * incremental build whose search index must be remade writes the pages first, with the last index, calls
     * {@code pagesWritten}, and then makes and writes the new index; so a preview can reload a changed page before
     * the index is done. Other builds call it once, after writing; a one-off build that finds nothing changed since
     * the build recorded in the output folder writes nothing and does not call it ({@link BuildRecorder}).
     */
    public synchronized BuildResult build(BuildOptions options, Consumer<Written> pagesWritten) {
        generation++;
        pending = null;
        long start = System.nanoTime();
        BuildRecorder recorder = incremental ? BuildRecorder.none(options) : BuildRecorder.open(options);
        Optional<BuildResult> unchanged = recorder.unchanged();
        if (unchanged.isPresent()) return unchanged.get();
        StageClock clock = new StageClock();
        SiteLoader loader = new SiteLoader(options.site(), recorder::read);
        Diagnostics first = new Diagnostics(Messages.forLanguage("nl"), options.strict());
        Optional<SourceFile> configFile = loader.config(first);
        if (configFile.isEmpty()) return Outcomes.failed(first, start);
        String configText = SiteConfigParser.decode(configFile.get().bytes());
        String language = new SiteConfigParser().parse(configText, first).language();
        // read again with diagnostics in the site's own language, now that it is known
        Diagnostics diags = new Diagnostics(Messages.forLanguage(language), options.strict());
        SiteConfig config = new SiteConfigParser().parse(configText, diags);
        if (diags.hasErrors()) return Outcomes.failed(diags, start);
        List<SourceFile> content = incremental ? trees(loader, options.site(), config.theme()).content().files(diags)
                : new java.util.ArrayList<>(loader.content(diags));
        List<SourceFile> themeFiles = incremental ? trees.theme().files(diags) : loader.theme(config.theme(), diags);
        clock.lap("load");
        if (diags.hasErrors()) return Outcomes.failed(diags, start);
        recorder.loaded();
        Last known = last;
        last = null;
        if (known != null && !diags.hasAny() && known.options().equals(options) && known.configText().equals(configText)
                && sameFiles(known.themeFiles(), themeFiles)) {
            Optional<BuildResult> quick = textsOnly(known, options, content, diags, start, clock, pagesWritten);
            if (quick.isPresent()) return quick.get();
        }
        ContentParser parser = new ContentParser(config, options.drafts(), diags, parseCache);
        boolean streaming = !incremental && options.write() && !options.verify();
        // a streaming build needs the sources no more once parsed: the parser may let them go as it reads
        Site site = streaming ? parser.parseReleasing(content) : parser.parse(content);
        clock.lap("parse");
        if (diags.hasErrors()) return Outcomes.failed(diags, start);
        String themeRoot = SiteLoader.THEMES + "/" + config.theme();
        Theme theme = new ThemeReader().read(themeRoot, themeFiles, config.language(), diags);
        if (diags.hasErrors()) return Outcomes.failed(diags, start);
        renderCache.begin(List.of(config, options.strict(), options.drafts(), contents(themeFiles)));
        SiteRenderer renderer = new SiteRenderer(config, theme, diags, renderCache);
        if (streaming) {
            // nothing here is needed again: let the sources and the model go as soon as the stream is done with them
            content = null;
            themeFiles = null;
            Site[] model = {site};
            site = null;
            return recorder.save(StreamingBuild.run(options, model, renderer, diags, start, clock));
        }
        RenderedSite rendered = renderer.render(site);
        renderCache.end();
        clock.lap("render");
        if (diags.hasErrors()) return Outcomes.failed(diags, start);
        // in serve, the disk holds lastPages and lastIndex (index files are all below search/, a reserved name)
        Map<String, byte[]> pages = rendered.files();
        boolean indexChanged = !rendered.searchPages().equals(lastSearchPages);
        boolean update = incremental && options.write() && !options.verify() && lastPages != null
                && options.output().equals(lastOutput);
        List<String> early = List.of();
        if (update) {
            // pages first, so the preview can reload them while the index is made
            early = update(options, pages, lastPages, diags);
            if (diags.hasErrors()) return Outcomes.failed(diags, start);
            lastPages = pages;
            pagesWritten.accept(new Written(early, rendered.origins()));
            clock.lap("write pages");
            if (indexChanged && deferIndex) {
                pending = new PendingIndex(generation, rendered.searchPages(), options);
                if (!diags.hasAny()) {
                    lastSearchBase = rendered.searchPages();
                    last = new Last(options, configText, themeFiles, content, site, parser, config, theme,
                            rendered.pages(), rendered.origins());
                }
                return Outcomes.result(diags, Outcomes.Counts.of(site), rendered.pages(), pages.size(), new WriteStats(early.size(),
                        pages.size() - early.size(), 0), start, clock, early);
            }
        }
        Map<String, byte[]> index = indexChanged ? new SearchIndexer().index(rendered.searchPages()) : lastIndex;
        Map<String, byte[]> files = new TreeMap<>(pages);
        files.putAll(index);
        clock.lap("search");
        if (options.verify()) {
            List<SourceFile> sources = new java.util.ArrayList<>(content);
            sources.addAll(themeFiles);
            new OutputChecker(diags, ContentParser.basePath(config.baseUrl()), sources).check(files, rendered.origins());
            clock.lap("check");
            if (diags.hasErrors()) return Outcomes.failed(diags, start);
        }
        WriteStats stats = Outcomes.NOTHING;
        List<String> changed = List.of();
        if (update) {
            List<String> rest = indexChanged ? update(options, index, lastIndex, diags) : List.of();
            if (diags.hasErrors()) return Outcomes.failed(diags, start);
            lastIndex = index;
            lastSearchPages = rendered.searchPages();
            java.util.SortedSet<String> all = new java.util.TreeSet<>(early);
            all.addAll(rest);
            changed = List.copyOf(all);
            stats = new WriteStats(changed.size(), files.size() - changed.size(), 0);
        } else if (options.write()) {
            stats = Outcomes.write(options, files, diags);
            if (incremental && !diags.hasErrors()) {
                lastPages = pages;
                lastIndex = index;
                lastSearchPages = rendered.searchPages();
                lastOutput = options.output();
            }
            pagesWritten.accept(new Written(List.copyOf(files.keySet()), rendered.origins()));
        }
        clock.lap("write");
        if (incremental && options.write() && !options.verify() && !diags.hasAny() && lastPages == pages) {
            lastSearchBase = rendered.searchPages();
            last = new Last(options, configText, themeFiles, content, site, parser, config, theme, rendered.pages(),
                    rendered.origins());
        }
        return recorder.save(Outcomes.result(diags, Outcomes.Counts.of(site), rendered.pages(), files.size(), stats, start, clock,
                changed));
    }

    /**
     * What a rebuild in which only the text of documents changed takes from the last build: its inputs, to see what
     * changed, and its site model, parser and theme, to render the changed bodies and their period's pages in the
     * same site. Kept only after a build that reported nothing, so a quick rebuild that reports nothing either has
     * the diagnostics of a full one (none).
     */
    private record Last(BuildOptions options, String configText, List<SourceFile> themeFiles,
                        List<SourceFile> content, Site site, ContentParser parser, SiteConfig config, Theme theme,
                        int pages, Map<String, String> origins) {
    }

    /**
     * The rebuild for the most common edit in {@code serve}: the text of one or a few documents changed, and nothing
     * else. Their bodies are rendered again in the last build's site (same front matter, same blocks, same links,
     * same data), then only their periods' pages; every other page is the last build's. Empty, having written
     * nothing, when the change is more than that: then the full rebuild runs. {@code IncrementalBuildIT} checks that
     * the output is a clean build's either way.
     */
    private Optional<BuildResult> textsOnly(Last known, BuildOptions options, List<SourceFile> content,
                                            Diagnostics diags, long start, StageClock clock,
                                            Consumer<Written> pagesWritten) {
        if (lastPages == null || !options.output().equals(lastOutput) || content.size() != known.content().size()) {
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
        Map<String, byte[]> pages = new TreeMap<>(lastPages);
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
                    pages.put(path, bytes);
                    fresh.put(path, bytes);
                }

                @Override
                public void searchable(SearchPage page) {
                    searchable.put(page.url(), page);
                }

                @Override
                public void firstDone() {
                    if (local.hasAny() || !lastPages.keySet().containsAll(fresh.keySet())) return;
                    List<String> written = writeFresh(options, fresh, onDisk, diags);
                    if (diags.hasErrors()) return;
                    changed.addAll(written);
                    pagesWritten.accept(new Written(written, known.origins(), told[0]));
                    told[0] = true;
                }
            });
        }
        if (!diags.hasErrors() && (local.hasAny() || pages.size() != lastPages.size())) {
            // back to what the last build wrote, then the full rebuild: it reports what went wrong
            Map<String, byte[]> restore = new java.util.HashMap<>();
            for (String path : onDisk.keySet()) restore.put(path, lastPages.get(path));
            writeFresh(options, restore, onDisk, diags);
            if (!diags.hasErrors()) return Optional.empty();
        }
        if (diags.hasErrors()) {
            lastPages = null; // the folder is in an unknown state: the next build compares with the disk
            return Optional.of(Outcomes.failed(diags, start));
        }
        List<SearchPage> search = lastSearchBase.stream().map(p -> searchable.getOrDefault(p.url(), p)).toList();
        clock.lap("render periods");
        List<String> rest = writeFresh(options, fresh, onDisk, diags);
        if (diags.hasErrors()) {
            lastPages = null;
            return Optional.of(Outcomes.failed(diags, start));
        }
        lastPages = pages;
        changed.addAll(rest);
        pagesWritten.accept(new Written(rest, known.origins(), told[0]));
        clock.lap("write pages");
        if (!search.equals(lastSearchPages)) {
            if (deferIndex) {
                pending = new PendingIndex(generation, search, options);
            } else {
                Map<String, byte[]> index = new SearchIndexer().index(search);
                List<String> indexFiles = update(options, index, lastIndex, diags);
                if (diags.hasErrors()) return Optional.of(Outcomes.failed(diags, start));
                lastIndex = index;
                lastSearchPages = search;
                changed.addAll(indexFiles);
                clock.lap("search");
            }
        }
        lastSearchBase = search;
        last = new Last(options, known.configText(), known.themeFiles(), content, site, known.parser(),
                known.config(), known.theme(), known.pages(), known.origins());
        int files = pages.size() + lastIndex.size();
        return Optional.of(Outcomes.result(diags, Outcomes.Counts.of(site), known.pages(), files,
                new WriteStats(changed.size(), files - changed.size(), 0), start, clock, List.copyOf(changed)));
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
            byte[] there = onDisk.containsKey(e.getKey()) ? onDisk.get(e.getKey()) : lastPages.get(e.getKey());
            if (there == e.getValue()) continue;
            todo.put(e.getKey(), e.getValue());
            previous.put(e.getKey(), there);
        }
        if (todo.isEmpty()) return List.of();
        String shown = options.output().toString();
        try {
            List<String> written = new SiteWriter(options.output()).update(todo, previous);
            onDisk.putAll(todo);
            return written;
        } catch (IOException e) {
            diags.error(SourcePos.file(shown), "output.failed", shown, String.valueOf(e.getMessage()));
            return List.of();
        }
    }

    /** {@code site} with the body of the document from {@code source} in period {@code period} of {@code agenda}. */
    private static Site withBody(Site site, String agenda, String period, String source, nl.policybake.model.Body body) {
        return new Site(site.pages(), site.agendas().stream().map(a -> !a.id().equals(agenda) ? a
                : new nl.policybake.model.Agenda(a.id(), a.source(), a.title(), a.region(), a.municipalities(),
                a.summary(), a.body(), a.periods().stream().map(p -> !p.id().equals(period) ? p
                : new nl.policybake.model.Period(p.id(), p.source(), p.title(), p.start(), p.end(), p.status(),
                p.adopted(), p.decision(), p.summary(), p.body(), p.documents().stream().map(d ->
                !d.source().equals(source) ? d : new nl.policybake.model.Document(d.slug(), d.source(), d.title(),
                        d.type(), d.date(), d.draft(), d.summary(), d.tags(), d.order(), body)).toList(),
                p.actionLines())).toList(), a.current(), a.currentDeclared())).toList(), site.assets());
    }

    /** True when the two lists hold the same files with the same bytes. */
    private static boolean sameFiles(List<SourceFile> a, List<SourceFile> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            SourceFile x = a.get(i);
            SourceFile y = b.get(i);
            if (x != y && (!x.path().equals(y.path()) || !java.util.Arrays.equals(x.bytes(), y.bytes()))) return false;
        }
        return true;
    }




    /**
     * Writes the difference between {@code previous}, what the folder holds of this kind (pages or index), and
     * {@code files}; the changed output paths.
     */
    private List<String> update(BuildOptions options, Map<String, byte[]> files, Map<String, byte[]> previous,
                                Diagnostics diags) {
        String shown = options.output().toString();
        try {
            return new SiteWriter(options.output()).update(files, previous);
        } catch (IOException e) {
            diags.error(SourcePos.file(shown), "output.failed", shown, String.valueOf(e.getMessage()));
            lastPages = null; // the folder is in an unknown state: the next build compares with the disk
            return List.of();
        }
    }

    /** The theme's files with content equality, for the render cache's settings. */
    private static List<List<Object>> contents(List<SourceFile> files) {
        return files.stream().map(f -> List.<Object>of(f.path(), ByteBuffer.wrap(f.bytes()))).toList();
    }




}
