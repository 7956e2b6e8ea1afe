package nl.policybake.parse.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Splits a content file into front matter and Markdown. Two headers are understood:
 * <ul>
 *   <li>YAML between a first line {@code ---} and the next {@code ---} (or {@code ...}) line; values are plain
 *       scalars or lists of scalars (YAML 1.2 core schema, so dates stay text until the schema reads them);</li>
 *   <li>JBake's header: {@code key=value} lines closed by a line {@code ~~~~~~}; {@code tags} is comma-separated.</li>
 * </ul>
 * A file with neither is reported: every content file needs at least a title.
 */
public final class FrontMatterParser {

    private static final String JBAKE_END = "~~~~~~";

    /** Parses {@code text} of {@code path}; empty after reporting when the header is missing or broken. */
    public Optional<FrontMatter> parse(String path, String text, Diagnostics diags) {
        return parse(path, text, true, diags);
    }

    /** As {@link #parse(String, String, Diagnostics)}; when not {@code required}, a file without header is all body. */
    public Optional<FrontMatter> parse(String path, String text, boolean required, Diagnostics diags) {
        Lines lines = new Lines(text);
        if (lines.get(0).strip().equals("---")) return yaml(path, lines, diags);
        int end = jbakeEnd(lines);
        if (end > 0) return Optional.of(jbake(path, lines, end, diags));
        if (!required) return Optional.of(new FrontMatter(Map.of(), text, 1));
        diags.error(SourcePos.of(path, 1), "fm.missing");
        return Optional.empty();
    }

    private Optional<FrontMatter> yaml(String path, Lines lines, Diagnostics diags) {
        int close = -1;
        for (int i = 1; lines.has(i); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diags.error(SourcePos.of(path, 1), "fm.unclosed");
            return Optional.empty();
        }
        List<String> header = new ArrayList<>();
        for (int i = 1; i < close; i++) header.add(lines.get(i));
        Optional<Map<String, FrontMatter.Field>> fields = SimpleYaml.read(header);
        if (fields.isEmpty()) fields = composed(path, header, diags);
        if (fields.isEmpty()) return Optional.empty();
        return Optional.of(new FrontMatter(fields.get(), lines.from(close + 1), close + 2));
    }

    /** The header's fields as snakeyaml composes them; empty after reporting a problem. */
    static Optional<Map<String, FrontMatter.Field>> composed(String path, List<String> header, Diagnostics diags) {
        String yaml = String.join("\n", header);
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().setLabel(path).build()).composeString(yaml);
            if (root.isPresent() && !(root.get() instanceof MappingNode)) {
                diags.error(SourcePos.of(path, 2), "fm.notMapping");
                return Optional.empty();
            }
            if (root.isPresent() && !readMapping(path, (MappingNode) root.get(), fields, diags)) return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
            diags.error(SourcePos.of(path, line), "fm.yaml", e.getProblem());
            return Optional.empty();
        } catch (YamlEngineException e) {
            diags.error(SourcePos.of(path, 2), "fm.yaml", e.getMessage());
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    private static boolean readMapping(String path, MappingNode map, Map<String, FrontMatter.Field> fields,
                                       Diagnostics diags) {
        boolean ok = true;
        for (NodeTuple t : map.getValue()) {
            int line = t.getKeyNode().getStartMark().map(m -> m.getLine() + 2).orElse(2);
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                diags.error(SourcePos.of(path, line), "fm.badKey");
                ok = false;
                continue;
            }
            String key = keyNode.getValue();
            Optional<FrontMatter.Field> field = field(key, t.getValueNode(), line);
            if (field.isEmpty()) {
                diags.error(SourcePos.of(path, line), "fm.nested", key);
                ok = false;
            } else if (fields.containsKey(key)) {
                diags.error(SourcePos.of(path, line), "fm.duplicate", key, fields.get(key).line());
                ok = false;
            } else {
                fields.put(key, field.get());
            }
        }
        return ok;
    }

    private static Optional<FrontMatter.Field> field(String key, Node value, int line) {
        if (value instanceof ScalarNode s) {
            return Optional.of(new FrontMatter.Field(key, List.of(s.getValue().strip()), false, line));
        }
        if (value instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) return Optional.empty();
                items.add(s.getValue().strip());
            }
            return Optional.of(new FrontMatter.Field(key, List.copyOf(items), true, line));
        }
        return Optional.empty();
    }

    /** The line index of the closing {@code ~~~~~~} when every line before it is {@code key=value} or blank. */
    private static int jbakeEnd(Lines lines) {
        for (int i = 0; lines.has(i); i++) {
            String l = lines.get(i).strip();
            if (l.equals(JBAKE_END)) return i;
            if (!l.isEmpty() && l.indexOf('=') <= 0) return -1;
        }
        return -1;
    }

    private static FrontMatter jbake(String path, Lines lines, int end, Diagnostics diags) {
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            int eq = l.indexOf('=');
            String key = l.substring(0, eq).strip();
            String value = l.substring(eq + 1).strip();
            FrontMatter.Field f = key.equals("tags")
                    ? new FrontMatter.Field(key, splitTags(value), true, i + 1)
                    : new FrontMatter.Field(key, List.of(value), false, i + 1);
            if (fields.containsKey(key)) {
                diags.error(SourcePos.of(path, i + 1), "fm.duplicate", key, fields.get(key).line());
            } else {
                fields.put(key, f);
            }
        }
        return new FrontMatter(fields, lines.from(end + 1), end + 2);
    }

    private static List<String> splitTags(String value) {
        List<String> tags = new ArrayList<>();
        for (String t : value.split(",")) {
            if (!t.isBlank()) tags.add(t.strip());
        }
        return List.copyOf(tags);
    }

    /**
     * The lines of a text as {@code text.split("\r\n|\r|\n", -1)} gives them, found only as far as they are asked for:
     * the header is read line by line and the body taken whole, so a long document is not cut into lines (which took
     * 3% of a 10,000-page build).
     */
    private static final class Lines {
        private final String text;
        private final List<int[]> spans = new ArrayList<>(); // start and end of each line found so far
        private int next; // where the line after the last one found starts; -1 after the last line

        Lines(String text) {
            this.text = text;
        }

        /** True when the text has a line {@code i} (from 0); there is always a line 0. */
        boolean has(int i) {
            while (spans.size() <= i && next >= 0) {
                int end = next;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
                spans.add(new int[] {next, end});
                if (end == text.length()) {
                    next = -1;
                } else {
                    boolean crlf = text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n';
                    next = end + (crlf ? 2 : 1);
                }
            }
            return i < spans.size();
        }

        String get(int i) {
            if (!has(i)) throw new IndexOutOfBoundsException(i);
            int[] span = spans.get(i);
            return text.substring(span[0], span[1]);
        }

        /** Line {@code from} and all after it, joined with {@code \n}; empty when there is no such line. */
        String from(int from) {
            if (!has(from)) return "";
            String rest = text.substring(spans.get(from)[0]);
            return rest.indexOf('\r') < 0 ? rest : rest.replace("\r\n", "\n").replace('\r', '\n');
        }
    }
}
