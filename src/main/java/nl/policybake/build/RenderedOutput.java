package nl.policybake.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.policybake.diag.Diagnostics;
import nl.policybake.load.SourceFile;
import nl.policybake.output.WriteStats;
import nl.policybake.parse.ContentParser;
import nl.policybake.post.check.OutputChecker;
import nl.policybake.post.search.SearchIndexer;
import nl.policybake.render.RenderedSite;

/**
 * The stages after a render held in memory: the search index, the output check of {@code check}, and the write. A
 * one-off build writes the whole folder; an incremental one ({@code serve}) writes only what changed since the last
 * build, the pages first so the preview can reload them while the index is made, and remembers what it wrote.
 */
final class RenderedOutput {

    private final IncrementalState state;
    private final boolean incremental;

    RenderedOutput(IncrementalState state, boolean incremental) {
        this.state = state;
        this.incremental = incremental;
    }

    /**
     * Indexes, checks and writes {@code rendered}, the render of {@code made}'s site; {@code made} is what a text-only
     * rebuild may take over when this build is an incremental one that reports nothing.
     */
    BuildResult finish(TextRebuild.Last made, RenderedSite rendered, Diagnostics diags, TextRebuild.Progress progress) {
        BuildOptions options = made.options();
        StageClock clock = progress.clock();
        // in serve, the disk holds state.pages and state.index (index files are all below search/, a reserved name)
        Map<String, byte[]> pages = rendered.files();
        boolean indexChanged = !rendered.searchPages().equals(state.searchPages);
        boolean update = incremental && options.write() && !options.verify() && state.pages != null
                && options.output().equals(state.output);
        List<String> early = List.of();
        if (update) {
            early = state.update(options, pages, state.pages, diags);
            if (diags.hasErrors()) return Outcomes.failed(diags, progress.start());
            state.pages = pages;
            progress.pagesWritten().accept(new SiteBuilder.Written(early, rendered.origins()));
            clock.lap("write pages");
            if (indexChanged && state.deferIndex) {
                state.pending = new IncrementalState.PendingIndex(state.generation, rendered.searchPages(), options);
                remember(made, rendered, diags);
                return Outcomes.result(diags, Outcomes.Counts.of(made.site()), rendered.pages(), pages.size(),
                        new WriteStats(early.size(), pages.size() - early.size(), 0), progress.start(), clock, early);
            }
        }
        Map<String, byte[]> index = indexChanged ? new SearchIndexer().index(rendered.searchPages()) : state.index;
        Map<String, byte[]> files = new TreeMap<>(pages);
        files.putAll(index);
        clock.lap("search");
        if (options.verify()) {
            List<SourceFile> sources = new ArrayList<>(made.content());
            sources.addAll(made.themeFiles());
            new OutputChecker(diags, ContentParser.basePath(made.config().baseUrl()), sources)
                    .check(files, rendered.origins());
            clock.lap("check");
            if (diags.hasErrors()) return Outcomes.failed(diags, progress.start());
        }
        return write(made, rendered, update ? early : null, index, files, diags, progress);
    }

    /** Writes {@code files}: what changed after the {@code early} pages in {@code serve}, else the whole folder. */
    private BuildResult write(TextRebuild.Last made, RenderedSite rendered, List<String> early,
                              Map<String, byte[]> index, Map<String, byte[]> files, Diagnostics diags,
                              TextRebuild.Progress progress) {
        BuildOptions options = made.options();
        WriteStats stats = Outcomes.NOTHING;
        List<String> changed = List.of();
        if (early != null) {
            boolean indexChanged = index != state.index;
            List<String> rest = indexChanged ? state.update(options, index, state.index, diags) : List.of();
            if (diags.hasErrors()) return Outcomes.failed(diags, progress.start());
            state.index = index;
            state.searchPages = rendered.searchPages();
            SortedSet<String> all = new TreeSet<>(early);
            all.addAll(rest);
            changed = List.copyOf(all);
            stats = new WriteStats(changed.size(), files.size() - changed.size(), 0);
        } else if (options.write()) {
            stats = Outcomes.write(options, files, diags);
            if (incremental && !diags.hasErrors()) {
                state.pages = rendered.files();
                state.index = index;
                state.searchPages = rendered.searchPages();
                state.output = options.output();
            }
            progress.pagesWritten().accept(new SiteBuilder.Written(List.copyOf(files.keySet()), rendered.origins()));
        }
        progress.clock().lap("write");
        if (incremental && options.write() && !options.verify() && state.pages == rendered.files()) {
            remember(made, rendered, diags);
        }
        return Outcomes.result(diags, Outcomes.Counts.of(made.site()), rendered.pages(), files.size(), stats,
                progress.start(), progress.clock(), changed);
    }

    /** Keeps what a text-only rebuild may take over, after a build that reported nothing. */
    private void remember(TextRebuild.Last made, RenderedSite rendered, Diagnostics diags) {
        if (diags.hasAny()) return;
        state.searchBase = rendered.searchPages();
        state.last = made;
    }
}
