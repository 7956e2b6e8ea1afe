package nl.policybake.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.policybake.config.SiteConfig;
import nl.policybake.config.SiteConfigParser;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.load.SourceTree;

/**
 * The first stage of a {@link SiteBuilder}'s build: reads the site's config, in the site's language, and its content
 * and theme files. An incremental builder's inputs keep the folders they walked, and read again only the paths the
 * watcher reports as {@link #touched}.
 */
final class SiteInputs {

    private final boolean incremental;
    private volatile Trees trees;

    SiteInputs(boolean incremental) {
        this.incremental = incremental;
    }

    /**
     * What a build read: the config's text and its parse, the content and theme files, and the diagnostics, in the
     * site's language once the config names it. {@code config} is null when the config could not be read at all.
     */
    record Loaded(Diagnostics diags, String configText, SiteConfig config, List<SourceFile> content,
                  List<SourceFile> themeFiles) {

        boolean failed() {
            return config == null || diags.hasErrors();
        }

        /** True when the last build read the same options, config and theme (its content may differ). */
        boolean sameSettingsAs(TextRebuild.Last last, BuildOptions options) {
            return last.options().equals(options) && last.configText().equals(configText)
                    && sameFiles(last.themeFiles(), themeFiles);
        }
    }

    /** The folders kept between builds; new when the site folder or theme changes. */
    private record Trees(Path site, String themeName, SourceTree content, SourceTree theme) {
    }

    /** Reads the inputs of a build of {@code options}, through {@code loader}. */
    Loaded read(BuildOptions options, SiteLoader loader) {
        Diagnostics first = new Diagnostics(Messages.forLanguage("nl"), options.strict());
        Optional<SourceFile> configFile = loader.config(first);
        if (configFile.isEmpty()) return new Loaded(first, null, null, List.of(), List.of());
        String configText = SiteConfigParser.decode(configFile.get().bytes());
        String language = new SiteConfigParser().parse(configText, first).language();
        // read again with diagnostics in the site's own language, now that it is known
        Diagnostics diags = new Diagnostics(Messages.forLanguage(language), options.strict());
        SiteConfig config = new SiteConfigParser().parse(configText, diags);
        if (diags.hasErrors()) return new Loaded(diags, configText, config, List.of(), List.of());
        if (!incremental) {
            List<SourceFile> content = new ArrayList<>(loader.content(diags));
            return new Loaded(diags, configText, config, content, loader.theme(config.theme(), diags));
        }
        Trees known = trees(loader, options.site(), config.theme());
        return new Loaded(diags, configText, config, known.content().files(diags), known.theme().files(diags));
    }

    private Trees trees(SiteLoader loader, Path site, String theme) {
        Trees known = trees;
        if (known == null || !known.site().equals(site)) {
            known = new Trees(site, theme, loader.contentTree(), loader.themeTree(theme));
        } else if (!known.themeName().equals(theme)) {
            known = new Trees(site, theme, known.content(), loader.themeTree(theme));
        }
        trees = known;
        return known;
    }

    /** See {@link SiteBuilder#touched}. */
    void touched(Collection<String> paths) {
        Trees known = trees;
        if (known != null) {
            known.content().touched(paths);
            known.theme().touched(paths);
        }
    }

    /** Makes the next build walk the folders again. */
    void forget() {
        trees = null;
    }

    /** True when the two lists hold the same files with the same bytes. */
    private static boolean sameFiles(List<SourceFile> a, List<SourceFile> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            SourceFile x = a.get(i);
            SourceFile y = b.get(i);
            if (x != y && (!x.path().equals(y.path()) || !Arrays.equals(x.bytes(), y.bytes()))) return false;
        }
        return true;
    }
}
