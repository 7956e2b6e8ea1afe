package nl.policybake.build;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.policybake.config.SiteConfig;
import nl.policybake.config.SiteConfigParser;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Site;
import nl.policybake.output.SiteWriter;
import nl.policybake.output.WriteStats;
import nl.policybake.parse.ContentParser;
import nl.policybake.post.check.OutputChecker;
import nl.policybake.post.search.SearchIndexer;
import nl.policybake.render.RenderedSite;
import nl.policybake.render.SiteRenderer;
import nl.policybake.render.Theme;
import nl.policybake.render.ThemeReader;

/**
 * Runs the stages in order and stops after the first stage that recorded an error, so a failed build writes
 * nothing. Diagnostics are in the site's language; only a missing config file is reported in Dutch.
 */
public final class SiteBuilder {

    private static final WriteStats NOTHING = new WriteStats(0, 0, 0);

    /** Builds the site described by {@code options}. Never throws for problems in the site itself. */
    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        SiteLoader loader = new SiteLoader(options.site());
        Diagnostics early = new Diagnostics(Messages.forLanguage("nl"), options.strict());
        Optional<SourceFile> configFile = loader.config(early);
        if (configFile.isEmpty()) return failed(early, start);
        String configText = SiteConfigParser.decode(configFile.get().bytes());
        String language = new SiteConfigParser().parse(configText, early).language();
        // read again with diagnostics in the site's own language, now that it is known
        Diagnostics diags = new Diagnostics(Messages.forLanguage(language), options.strict());
        SiteConfig config = new SiteConfigParser().parse(configText, diags);
        if (diags.hasErrors()) return failed(diags, start);
        List<SourceFile> content = loader.content(diags);
        List<SourceFile> themeFiles = loader.theme(config.theme(), diags);
        clock.lap("load");
        if (diags.hasErrors()) return failed(diags, start);
        Site site = new ContentParser(config, options.drafts(), diags).parse(content);
        clock.lap("parse");
        if (diags.hasErrors()) return failed(diags, start);
        String themeRoot = SiteLoader.THEMES + "/" + config.theme();
        Theme theme = new ThemeReader().read(themeRoot, themeFiles, config.language(), diags);
        if (diags.hasErrors()) return failed(diags, start);
        RenderedSite rendered = new SiteRenderer(config, theme, diags).render(site);
        clock.lap("render");
        if (diags.hasErrors()) return failed(diags, start);
        Map<String, byte[]> files = new java.util.TreeMap<>(rendered.files());
        files.putAll(new SearchIndexer().index(rendered.searchPages()));
        clock.lap("search");
        if (options.verify()) {
            List<SourceFile> sources = new java.util.ArrayList<>(content);
            sources.addAll(themeFiles);
            new OutputChecker(diags, ContentParser.basePath(config.baseUrl()), sources).check(files, rendered.origins());
            clock.lap("check");
            if (diags.hasErrors()) return failed(diags, start);
        }
        WriteStats stats = options.write() ? write(options, files, diags) : NOTHING;
        clock.lap("write");
        int periods = site.agendas().stream().mapToInt(a -> a.periods().size()).sum();
        int docs = site.agendas().stream().flatMap(a -> a.periods().stream()).mapToInt(p -> p.documents().size()).sum();
        return new BuildResult(diags, files, rendered.pages(), site.agendas().size(), periods, docs, stats,
                millis(start), clock.laps());
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
        return new BuildResult(diags, Map.of(), 0, 0, 0, 0, NOTHING, millis(start), Map.of());
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
