package nl.policybake.build;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.Site;
import nl.policybake.output.SiteWriter;
import nl.policybake.output.WriteStats;
import nl.policybake.post.search.SearchIndexer;
import nl.policybake.render.SearchPage;
import nl.policybake.render.SiteRenderer;

/** The render, index and write stages of a one-off build that writes, a part of the site at a time. */
final class StreamingBuild {

    private StreamingBuild() {
    }

    /**
     * A one-off build that writes: every part of the site goes to disk as soon as it is rendered, and into the
     * search index, so memory holds the site model and the index, not the pages. The files are staged next to
     * their places and moved there only when the whole build succeeded; a failed build removes them again.
     */
    static BuildResult run(BuildOptions options, Site[] model, SiteRenderer renderer, Diagnostics diags,
                                      long start, StageClock clock) {
        SiteWriter writer = new SiteWriter(options.output());
        String shown = options.output().toString();
        try {
            if (!writer.isWritable()) {
                diags.error(SourcePos.file(shown), "output.notOurs", shown, SiteWriter.MARKER);
                return Outcomes.failed(diags, start);
            }
            try (SiteWriter.Staging staging = writer.stage()) {
                SearchIndexer.Session search = new SearchIndexer().start();
                List<SearchPage> part = new java.util.ArrayList<>();
                Outcomes.Counts counts = Outcomes.Counts.of(model[0]);
                SiteRenderer.Summary summary = renderer.render(model[0], new SiteRenderer.Output() {
                    @Override
                    public void file(String path, byte[] bytes, String source) {
                        try {
                            staging.put(path, bytes);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void searchable(SearchPage page) {
                        part.add(page);
                    }

                    @Override
                    public void endOfPart() {
                        // analysed on both cores; then only the analysed form is kept, not the page
                        part.parallelStream().forEach(search::add);
                        part.clear();
                    }
                });
                model[0] = null; // the bodies are written: the index needs the room
                clock.lap("render");
                if (diags.hasErrors()) return Outcomes.failed(diags, start);
                Map<String, byte[]> index = search.finish();
                for (Map.Entry<String, byte[]> e : index.entrySet()) staging.put(e.getKey(), e.getValue());
                clock.lap("search");
                WriteStats stats = staging.commit();
                clock.lap("write");
                int files = summary.origins().size() + index.size();
                return Outcomes.result(diags, counts, summary.pages(), files, stats, start, clock, List.of());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            diags.error(SourcePos.file(shown), "output.failed", shown, String.valueOf(cause.getMessage()));
            return Outcomes.failed(diags, start);
        }
    }
}
