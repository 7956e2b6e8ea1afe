package nl.policybake.render.theme;

import java.util.Map;
import java.util.Optional;

/**
 * The theme's interface texts in the site's language ({@code themes/<name>/i18n/<lang>.properties}). {@code {0}},
 * {@code {1}} are replaced by arguments as plain text.
 */
public record UiStrings(Map<String, String> texts) {

    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** The text for {@code key}; a missing key is a theme error, reported by the caller. */
    public String text(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) throw new MissingStringException(key);
        for (int i = 0; i < args.length; i++) t = t.replace("{" + i + "}", String.valueOf(args[i]));
        return t;
    }

    /** Thrown when a key is missing from the theme's catalogue. */
    public static final class MissingStringException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        public MissingStringException(String key) {
            super("no UI string '" + key + "'");
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
