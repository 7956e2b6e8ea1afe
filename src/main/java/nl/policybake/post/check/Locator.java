package nl.policybake.post.check;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import nl.policybake.diag.SourcePos;
import nl.policybake.load.SourceFile;

/**
 * Finds the source line of a problem seen in the built HTML: the first line of the page's source that contains one
 * of the finding's needles (the image's file name, the link as written, the heading's text); else the line of the one
 * theme template that contains a template needle (when several do, guessing would mislead); else the page's source
 * file without a line. Sources are split into lines only when a problem asks, so a clean site costs nothing here.
 */
final class Locator {

    private final Map<String, byte[]> sources = new TreeMap<>();
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

    Locator(List<SourceFile> files) {
        for (SourceFile f : files) sources.put(f.path(), f.bytes());
    }

    SourcePos locate(String origin, Finding f) {
        for (String needle : f.needles()) {
            int line = find(origin, needle);
            if (line > 0) return SourcePos.of(origin, line);
        }
        for (String needle : f.templateNeedles()) {
            SourcePos found = null;
            for (String path : sources.keySet()) {
                if (!path.startsWith("themes/") || !path.endsWith(".peb")) continue;
                int line = find(path, needle);
                if (line == 0) continue;
                if (found != null) return SourcePos.file(origin); // in more than one template: not ours to guess
                found = SourcePos.of(path, line);
            }
            if (found != null) return found;
        }
        return SourcePos.file(origin);
    }

    private int find(String path, String needle) {
        if (needle.isBlank() || needle.equals("|")) return 0;
        List<String> text = lines.computeIfAbsent(path, p -> sources.containsKey(p)
                ? new String(sources.get(p), StandardCharsets.UTF_8).lines().toList() : List.of());
        boolean tableRow = needle.startsWith("|");
        String n = tableRow ? needle.substring(1).strip() : needle;
        for (int i = 0; i < text.size(); i++) {
            String l = text.get(i);
            if (l.contains(n) && (!tableRow || l.contains("|"))) return i + 1;
        }
        return 0;
    }
}
