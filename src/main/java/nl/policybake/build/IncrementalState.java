package nl.policybake.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.diag.SourcePos;
import nl.policybake.output.SiteWriter;
import nl.policybake.post.search.SearchIndexer;
import nl.policybake.render.SearchPage;

/**
 * What an incremental builder ({@code serve}) knows between builds: the pages and index files its output folder
 * holds, the search pages they were made from, and what the next build may take over. Not thread-safe: the builder
 * reads and changes it only under its own lock, which {@link #finishIndex} takes itself.
 */
final class IncrementalState {

    /** The pages the output folder holds, by output path; null when the folder is in an unknown state. */
    Map<String, byte[]> pages;
    /** The search index files the output folder holds. */
    Map<String, byte[]> index = Map.of();
    /** The search pages {@link #index} was made from. */
    List<SearchPage> searchPages = List.of();
    /** The search pages of the last build, indexed or not yet: what a text-only rebuild starts from. */
    List<SearchPage> searchBase = List.of();
    /** The output folder {@link #pages} are in. */
    Path output;
    /** What a text-only rebuild takes from the last build; null when the next build must be a full one. */
    TextRebuild.Last last;
    /** Whether a changed index is left to {@link SiteBuilder#finishIndex()}. */
    boolean deferIndex;
    /** Counts the builds, so an index left by one build is not written after a newer one. */
    long generation;
    /** The index the last build left to be made, if any. */
    PendingIndex pending;

    /** A search index a build left to be made: the pages to index, and which build they come from. */
    record PendingIndex(long generation, List<SearchPage> pages, BuildOptions options) {
    }

    /**
     * Makes and writes the index the last build left, unless a newer build came first; true when it was written.
     * The index is made outside {@code lock}, the builder's lock, and taken and written under it.
     */
    boolean finishIndex(Object lock) {
        PendingIndex job;
        synchronized (lock) {
            job = pending;
            pending = null;
        }
        if (job == null) return false;
        Map<String, byte[]> made = new SearchIndexer().index(job.pages());
        synchronized (lock) {
            if (job.generation() != generation || pages == null) return false;
            Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
            update(job.options(), made, index, diags);
            if (diags.hasErrors()) return false;
            index = made;
            searchPages = job.pages();
            return true;
        }
    }

    /**
     * Writes the difference between {@code previous}, what the folder holds of this kind (pages or index), and
     * {@code files}; the changed output paths. After a write error the folder's state is unknown: {@link #pages}
     * becomes null, so the next build compares with the disk.
     */
    List<String> update(BuildOptions options, Map<String, byte[]> files, Map<String, byte[]> previous,
                        Diagnostics diags) {
        String shown = options.output().toString();
        try {
            return new SiteWriter(options.output()).update(files, previous);
        } catch (IOException e) {
            diags.error(SourcePos.file(shown), "output.failed", shown, String.valueOf(e.getMessage()));
            pages = null;
            return List.of();
        }
    }
}
