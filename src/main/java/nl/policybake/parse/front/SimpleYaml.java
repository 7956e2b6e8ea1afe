package nl.policybake.parse.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the front matter most files have without a YAML parser: one {@code key: value} per line, where the value is
 * a plain scalar, a quoted scalar without escapes, or a flow list of such scalars ({@code [a, b]}). It gives what
 * snakeyaml's composer gives for those lines and answers nothing for anything else (comments, blank lines, block
 * lists, escapes, anchors, tags, duplicate keys, a character it is not sure of), which then goes to snakeyaml with
 * its exact messages. snakeyaml took 2% of a 10,000-page build, most of it warming up; {@code SimpleYamlTest} holds
 * this reader to snakeyaml's answer.
 */
final class SimpleYaml {

    private SimpleYaml() {
    }

    /**
     * The fields of {@code header} (the lines between the {@code ---} lines; the first is line 2 of the file), or
     * empty when a line is not of the simple kind.
     */
    static Optional<Map<String, FrontMatter.Field>> read(List<String> header) {
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            if (!isSafe(line)) return Optional.empty(); // and so every value cut from it
            int colon = line.indexOf(": ");
            if (colon <= 0 || !isKey(line, colon)) return Optional.empty();
            String key = line.substring(0, colon);
            String rest = trimSpaces(line.substring(colon + 2));
            List<String> values;
            boolean list = rest.startsWith("[");
            if (list) {
                if (!rest.endsWith("]")) return Optional.empty();
                values = items(rest.substring(1, rest.length() - 1));
            } else {
                String value = scalar(rest);
                values = value == null ? null : List.of(value);
            }
            if (values == null || fields.containsKey(key)) return Optional.empty();
            fields.put(key, new FrontMatter.Field(key, values, list, i + 2));
        }
        return Optional.of(fields);
    }

    /** A key of letters, digits, '_' and '-' (not first), with nothing else on the line before the ": ". */
    private static boolean isKey(String line, int end) {
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && (c >= '0' && c <= '9'
                    || c == '-');
            if (!ok) return false;
        }
        return true;
    }

    /** The items of a flow list's inside, or null when one is not a simple scalar or the list is not simple. */
    private static List<String> items(String inside) {
        if (inside.isBlank()) return inside.isEmpty() ? List.of() : null;
        List<String> items = new ArrayList<>();
        int from = 0;
        while (true) {
            int comma = inside.indexOf(',', from);
            String item = trimSpaces(comma < 0 ? inside.substring(from) : inside.substring(from, comma));
            String value = item.startsWith("\"") || item.startsWith("'") ? quoted(item) : plain(item, true);
            if (value == null) return null;
            items.add(value);
            if (comma < 0) return List.copyOf(items);
            from = comma + 1;
        }
    }

    /**
     * {@code s} without the spaces around it, the only white space YAML strips here (tabs are not let in). Java's
     * {@code strip} would take an em space as well, which YAML keeps in the value.
     */
    private static String trimSpaces(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') from++;
        while (to > from && s.charAt(to - 1) == ' ') to--;
        return s.substring(from, to);
    }

    /** A value that is one scalar, stripped as the header reader strips it, or null. */
    private static String scalar(String value) {
        return value.startsWith("\"") || value.startsWith("'") ? quoted(value) : plain(value, false);
    }

    /** A quoted scalar without escapes, quotes or line breaks inside, and nothing after it; or null. */
    private static String quoted(String value) {
        char quote = value.charAt(0);
        if (value.length() < 2 || value.charAt(value.length() - 1) != quote) return null;
        String inside = value.substring(1, value.length() - 1);
        if (inside.indexOf(quote) >= 0 || quote == '"' && inside.indexOf('\\') >= 0) return null;
        // YAML folds a quoted scalar's white space at its ends into the value, then the header reader strips it
        return inside.strip();
    }

    /**
     * A plain scalar as YAML reads it, or null when it could be something else: empty (null in YAML), starting with
     * an indicator, holding ": " or " #", or, inside a flow list, holding a flow indicator.
     */
    private static String plain(String value, boolean inFlow) {
        if (value.isEmpty() || "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0) return null;
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) return null;
        if (inFlow) {
            for (int i = 0; i < value.length(); i++) {
                if ("[]{},:".indexOf(value.charAt(i)) >= 0) return null;
            }
        }
        // Unicode spaces at its ends are the scalar's in YAML; the header reader strips them
        return value.strip();
    }

    /**
     * Printable text on one line: no tabs or other control characters, no byte order mark, no Unicode line or
     * paragraph separator, no surrogates or non-characters.
     */
    private static boolean isSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0xd800 && c <= 0xdfff || c >= 0xfdd0 && c <= 0xfdef
                    || c == 0xfeff || c >= 0xfffe || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }
}
