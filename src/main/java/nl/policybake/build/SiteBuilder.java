package nl.policybake.build;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Site;
import nl.policybake.parse.ContentParser;
import nl.policybake.parse.ParseCache;
import nl.policybake.render.RenderCache;
import nl.policybake.render.RenderedSite;
import nl.policybake.render.SiteRenderer;
import nl.policybake.render.theme.Theme;
import nl.policybake.render.theme.ThemeReader;

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
    /** What the last builds left: read and changed only under this builder's lock. */
    private final IncrementalState state = new IncrementalState();
    private final TextRebuild texts;
    private final RenderedOutput output;
    private final SiteInputs inputs;

    /** A builder for one build: it keeps nothing. */
    public SiteBuilder() {
        this(false);
    }

    private SiteBuilder(boolean incremental) {
        this.incremental = incremental;
        this.parseCache = incremental ? ParseCache.create() : ParseCache.none();
        this.renderCache = incremental ? RenderCache.create() : RenderCache.none();
        this.texts = new TextRebuild(state, parseCache, renderCache);
        this.output = new RenderedOutput(state, incremental);
        this.inputs = new SiteInputs(incremental);
    }

    /**
     * A builder for repeated builds of one site, each taking from the last what did not change. Builds run one at a
     * time; {@link #touched}, {@link #forget} and {@link #finishIndex} may be called from other threads.
     */
    public static SiteBuilder incremental() {
        return new SiteBuilder(true);
    }

    /**
     * Tells an incremental builder that these paths (relative to the site folder, {@code /}-separated) were
     * created, changed or deleted since the last build; it reads only those again. Called by the watcher.
     */
    public void touched(java.util.Collection<String> paths) {
        inputs.touched(paths);
    }

    /** Makes an incremental builder read every file again at the next build, for when the watcher lost track. */
    public void forget() {
        inputs.forget();
        state.last = null;
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
    public synchronized void deferIndex() {
        state.deferIndex = true;
    }

    /** True when the last build left its search index to {@link #finishIndex()}. */
    public synchronized boolean indexPending() {
        return state.pending != null;
    }

    /**
     * Makes and writes the search index the last build left, unless a newer build came first (then that build's
     * index is the one to make). The index is made without holding up builds. True when it was written.
     */
    public boolean finishIndex() {
        return state.finishIndex(this);
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
        state.generation++;
        state.pending = null;
        long start = System.nanoTime();
        BuildRecorder recorder = incremental ? BuildRecorder.none(options) : BuildRecorder.open(options);
        Optional<BuildResult> unchanged = recorder.unchanged();
        if (unchanged.isPresent()) return unchanged.get();
        StageClock clock = new StageClock();
        SiteInputs.Loaded in = inputs.read(options, new SiteLoader(options.site(), recorder::read));
        clock.lap("load");
        if (in.failed()) return Outcomes.failed(in.diags(), start);
        recorder.loaded();
        TextRebuild.Progress progress = new TextRebuild.Progress(start, clock, pagesWritten);
        TextRebuild.Last known = state.last;
        state.last = null;
        if (known != null && !in.diags().hasAny() && in.sameSettingsAs(known, options)) {
            Optional<BuildResult> quick = texts.run(known, options, in.content(), in.diags(), progress);
            if (quick.isPresent()) return quick.get();
        }
        return parseAndRender(options, in, recorder, progress);
    }

    /** The build's stages after loading: parse, render, and (in {@link RenderedOutput}) index and write. */
    private BuildResult parseAndRender(BuildOptions options, SiteInputs.Loaded in, BuildRecorder recorder,
                                       TextRebuild.Progress progress) {
        Diagnostics diags = in.diags();
        SiteConfig config = in.config();
        List<SourceFile> content = in.content();
        List<SourceFile> themeFiles = in.themeFiles();
        ContentParser parser = new ContentParser(config, options.drafts(), diags, parseCache);
        boolean streaming = !incremental && options.write() && !options.verify();
        // a streaming build needs the sources no more once parsed: the parser may let them go as it reads
        Site site = streaming ? parser.parseReleasing(content) : parser.parse(content);
        progress.clock().lap("parse");
        if (diags.hasErrors()) return Outcomes.failed(diags, progress.start());
        String themeRoot = SiteLoader.THEMES + "/" + config.theme();
        Theme theme = new ThemeReader().read(themeRoot, themeFiles, config.language(), diags);
        if (diags.hasErrors()) return Outcomes.failed(diags, progress.start());
        renderCache.begin(List.of(config, options.strict(), options.drafts(), contents(themeFiles)));
        SiteRenderer renderer = new SiteRenderer(config, theme, diags, renderCache);
        if (streaming) {
            // nothing here is needed again: the stream lets the model go as soon as it is done with it
            Site[] model = {site};
            site = null;
            return recorder.save(StreamingBuild.run(options, model, renderer, diags, progress.start(),
                    progress.clock()));
        }
        RenderedSite rendered = renderer.render(site);
        renderCache.end();
        progress.clock().lap("render");
        if (diags.hasErrors()) return Outcomes.failed(diags, progress.start());
        TextRebuild.Last made = new TextRebuild.Last(options, in.configText(), themeFiles, content, site, parser,
                config, theme, rendered.pages(), rendered.origins());
        return recorder.save(output.finish(made, rendered, diags, progress));
    }

    /** The theme's files with content equality, for the render cache's settings. */
    private static List<List<Object>> contents(List<SourceFile> files) {
        return files.stream().map(f -> List.<Object>of(f.path(), ByteBuffer.wrap(f.bytes()))).toList();
    }
}
