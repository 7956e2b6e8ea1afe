package nl.policybake.parse.block;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Reads the body of a fenced block as {@code key: value} lines. Empty lines and lines starting with {@code #} are
 * skipped; a line without a colon or with a key the block does not know is reported and left out.
 */
public final class BlockLines {

    /** One option line: its value (after the colon, trimmed) and where it stands. */
    public record Line(String value, SourcePos pos) {
    }

    private BlockLines() {
    }

    /**
     * The lines of {@code text}, which starts on line {@code firstLine} of {@code path}, by key (lower case), each key
     * with its lines in order.
     */
    public static Map<String, List<Line>> read(String path, int firstLine, String text, List<String> keys,
                                               Diagnostics diags) {
        Map<String, List<Line>> options = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            SourcePos pos = SourcePos.of(path, firstLine + i);
            int colon = l.indexOf(':');
            String key = colon < 0 ? l : l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (colon < 0 || !keys.contains(key)) {
                diags.error(pos, "block.unknownKey", key, String.join(", ", keys));
                continue;
            }
            options.computeIfAbsent(key, k -> new ArrayList<>()).add(new Line(l.substring(colon + 1).strip(), pos));
        }
        return options;
    }
}
