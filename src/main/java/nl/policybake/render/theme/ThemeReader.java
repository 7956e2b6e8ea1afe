package nl.policybake.render.theme;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Asset;
import nl.policybake.model.SiteUrls;

/**
 * Sorts a theme's files: {@code templates/*.peb}, {@code i18n/<lang>.properties} (UTF-8) and {@code static/**},
 * which is published under {@code /assets/}.
 */
public final class ThemeReader {

    /** Reads the theme rooted at {@code root} ({@code themes/<name>}) for {@code language}. */
    public Theme read(String root, List<SourceFile> files, String language, Diagnostics diags) {
        Map<String, String> templates = new TreeMap<>();
        Map<String, String> strings = new TreeMap<>();
        List<Asset> assets = new ArrayList<>();
        String stringsFile = root + "/i18n/" + language + ".properties";
        boolean haveStrings = false;
        for (SourceFile f : files) {
            String rel = f.path().substring(root.length() + 1);
            if (rel.startsWith("templates/") && rel.endsWith(".peb")) {
                templates.put(rel.substring("templates/".length()), new String(f.bytes(), StandardCharsets.UTF_8));
            } else if (f.path().equals(stringsFile)) {
                haveStrings = true;
                readStrings(f, strings, diags);
            } else if (rel.startsWith("static/")) {
                assets.add(new Asset(SiteUrls.ASSETS + "/" + rel.substring("static/".length()), f.path(), f.bytes()));
            }
        }
        if (!haveStrings) diags.error(SourcePos.file(stringsFile), "theme.noStrings", stringsFile, language);
        return new Theme(root, Map.copyOf(templates), new UiStrings(Map.copyOf(strings)), List.copyOf(assets));
    }

    private static void readStrings(SourceFile f, Map<String, String> into, Diagnostics diags) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(f.bytes(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            diags.error(SourcePos.file(f.path()), "theme.badStrings", f.path(), e.getMessage());
        }
        p.forEach((k, v) -> into.put((String) k, (String) v));
    }
}
