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

    private static final WriteStats NOTHING = new WriteStats(0, 0, 0);

    private final ParseCache parseCache;
    private final RenderCache renderCache;
    private final boolean incremental;
    private List<SearchPage> lastSearchPages = List.of();
    private Map<String, byte[]> lastIndex = Map.of();
    private Map<String, byte[]> lastPages;
    private Path lastOutput;
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
    }

    /** How much work the last build did rather than take from the caches, for tests and the benchmark. */
    public Work lastWork() {
        return new Work(parseCache.bodiesRendered(), renderCache.pagesRendered());
    }

    /**
     * What a build has written so far: the output paths written or deleted, and the source of each output path
     * (pages, and the files copied from {@code content/} or the theme).
     */
    public record Written(List<String> changed, Map<String, String> origins) {
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
        if (configFile.isEmpty()) return failed(first, start);
        String configText = SiteConfigParser.decode(configFile.get().bytes());
        String language = new SiteConfigParser().parse(configText, first).language();
        // read again with diagnostics in the site's own language, now that it is known
        Diagnostics diags = new Diagnostics(Messages.forLanguage(language), options.strict());
        SiteConfig config = new SiteConfigParser().parse(configText, diags);
        if (diags.hasErrors()) return failed(diags, start);
        List<SourceFile> content = incremental ? trees(loader, options.site(), config.theme()).content().files(diags)
                : loader.content(diags);
        List<SourceFile> themeFiles = incremental ? trees.theme().files(diags) : loader.theme(config.theme(), diags);
        clock.lap("load");
        if (diags.hasErrors()) return failed(diags, start);
        recorder.loaded();
        Site site = new ContentParser(config, options.drafts(), diags, parseCache).parse(content);
        clock.lap("parse");
        if (diags.hasErrors()) return failed(diags, start);
        String themeRoot = SiteLoader.THEMES + "/" + config.theme();
        Theme theme = new ThemeReader().read(themeRoot, themeFiles, config.language(), diags);
        if (diags.hasErrors()) return failed(diags, start);
        renderCache.begin(List.of(config, options.strict(), options.drafts(), contents(themeFiles)));
        RenderedSite rendered = new SiteRenderer(config, theme, diags, renderCache).render(site);
        renderCache.end();
        clock.lap("render");
        if (diags.hasErrors()) return failed(diags, start);
        // in serve, the disk holds lastPages and lastIndex (index files are all below search/, a reserved name)
        Map<String, byte[]> pages = rendered.files();
        boolean indexChanged = !rendered.searchPages().equals(lastSearchPages);
        boolean update = incremental && options.write() && !options.verify() && lastPages != null
                && options.output().equals(lastOutput);
        List<String> early = List.of();
        if (update) {
            // pages first, so the preview can reload them while the index is made
            early = update(options, pages, lastPages, diags);
            if (diags.hasErrors()) return failed(diags, start);
            lastPages = pages;
            pagesWritten.accept(new Written(early, rendered.origins()));
            clock.lap("write pages");
            if (indexChanged && deferIndex) {
                pending = new PendingIndex(generation, rendered.searchPages(), options);
                return result(diags, site, rendered, pages, new WriteStats(early.size(), pages.size() - early.size(),
                        0), start, clock, early);
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
            if (diags.hasErrors()) return failed(diags, start);
        }
        WriteStats stats = NOTHING;
        List<String> changed = List.of();
        if (update) {
            List<String> rest = indexChanged ? update(options, index, lastIndex, diags) : List.of();
            if (diags.hasErrors()) return failed(diags, start);
            lastIndex = index;
            lastSearchPages = rendered.searchPages();
            java.util.SortedSet<String> all = new java.util.TreeSet<>(early);
            all.addAll(rest);
            changed = List.copyOf(all);
            stats = new WriteStats(changed.size(), files.size() - changed.size(), 0);
        } else if (options.write()) {
            stats = write(options, files, diags);
            if (incremental && !diags.hasErrors()) {
                lastPages = pages;
                lastIndex = index;
                lastSearchPages = rendered.searchPages();
                lastOutput = options.output();
            }
            pagesWritten.accept(new Written(List.copyOf(files.keySet()), rendered.origins()));
        }
        clock.lap("write");
        return recorder.save(result(diags, site, rendered, files, stats, start, clock, changed));
    }

    private static BuildResult result(Diagnostics diags, Site site, RenderedSite rendered, Map<String, byte[]> files,
                                      WriteStats stats, long start, StageClock clock, List<String> changed) {
        int periods = site.agendas().stream().mapToInt(a -> a.periods().size()).sum();
        int docs = site.agendas().stream().flatMap(a -> a.periods().stream()).mapToInt(p -> p.documents().size()).sum();
        return new BuildResult(diags, files, rendered.pages(), site.agendas().size(), periods, docs, stats,
                millis(start), clock.laps(), changed);
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

    private static WriteStats write(BuildOptions options, Map<String, byte[]> files, Diagnostics diags) {
        SiteWriter writer = new SiteWriter(options.output());
        String shown = options.output().toString();
        try {
            if (!writer.isWritable()) {
                diags.error(SourcePos.file(shown), "output.notOurs", shown, SiteWriter.MARKER);
                return NOTHING;
            }
            return writer.write(files);
        } catch (IOException e) {
            diags.error(SourcePos.file(shown), "output.failed", shown, String.valueOf(e.getMessage()));
            return NOTHING;
        }
    }

    private static BuildResult failed(Diagnostics diags, long start) {
        return new BuildResult(diags, Map.of(), 0, 0, 0, 0, NOTHING, millis(start), Map.of(), List.of());
    }

    /** Wall time per stage, in the order the stages ran. */
    private static final class StageClock {
        private final Map<String, Long> laps = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return java.util.Collections.unmodifiableMap(laps);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
