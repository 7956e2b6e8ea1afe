package nl.policybake.parse.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.actions.ActionStatus;
import nl.policybake.model.actions.ActionTableBlock;
import nl.policybake.parse.block.BlockLines;

/**
 * Reads the body of an {@code actielijnen} block: {@code key: value} lines with the keys {@code actielijn},
 * {@code status}, {@code schaal}, {@code jaar} and {@code thema}, values separated by commas.
 */
public final class BlockOptions {

    /** The block's name after the opening fence. */
    public static final String NAME = "actielijnen";

    private static final List<String> KEYS = List.of("actielijn", "status", "schaal", "jaar", "thema");

    private BlockOptions() {
    }

    /**
     * The block written on lines from {@code firstLine} (the line after the fence) of {@code path}.
     *
     * @param ids the ids of the action lines of the document's period, to check {@code actielijn} against
     */
    public static ActionTableBlock read(String path, int firstLine, String text, Set<String> ids, Diagnostics diags) {
        List<String> wanted = new ArrayList<>();
        Set<ActionStatus> statuses = new LinkedHashSet<>();
        Set<String> scales = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        Set<String> themes = new LinkedHashSet<>();
        for (Map.Entry<String, List<BlockLines.Line>> option : BlockLines.read(path, firstLine, text, KEYS, diags)
                .entrySet()) {
            String key = option.getKey();
            for (BlockLines.Line line : option.getValue()) {
                SourcePos pos = line.pos();
                for (String raw : line.value().split(",")) {
                    String v = raw.strip();
                    if (v.isEmpty()) continue;
                    switch (key) {
                        case "actielijn" -> {
                            if (ids.contains(v)) wanted.add(v);
                            else diags.error(pos, "block.unknownId", v, ids.isEmpty() ? "-" : String.join(", ", ids));
                        }
                        case "status" -> {
                            Optional<ActionStatus> s = CellValues.status(v);
                            if (s.isPresent()) statuses.add(s.get()); else diags.error(pos, "actions.badStatus", v);
                        }
                        case "schaal" -> scales.add(v.toLowerCase(Locale.ROOT));
                        case "jaar" -> {
                            if (v.matches("(19|20)\\d\\d")) years.add(Integer.parseInt(v));
                            else diags.error(pos, "block.badYear", v);
                        }
                        default -> themes.add(v);
                    }
                }
            }
        }
        return new ActionTableBlock(List.copyOf(wanted), Set.copyOf(statuses), Set.copyOf(scales), Set.copyOf(years),
                Set.copyOf(themes));
    }
}
