package nl.policybake.parse.front;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a content file and the Markdown after it.
 *
 * @param fields by key, in file order
 * @param body the Markdown after the header
 * @param bodyLine the 1-based line of the file on which {@code body} starts
 */
public record FrontMatter(Map<String, Field> fields, String body, int bodyLine) {

    /** One key: a scalar (one value) or a list, and the line it stands on. */
    record Field(String key, List<String> values, boolean isList, int line) {

        String value() {
            return values.isEmpty() ? "" : values.get(0);
        }
    }

    Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
