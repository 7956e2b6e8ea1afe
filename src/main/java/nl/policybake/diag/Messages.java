package nl.policybake.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalogue of diagnostic texts in one language. Each message has a key; {@code key.problem} and
 * {@code key.hint} hold the two halves, with {@code {0}}, {@code {1}}, ... replaced by the arguments (plain
 * substitution, no {@link java.text.MessageFormat} quoting rules). A missing key is a programming error.
 */
public final class Messages {

    /** The languages a site may be written in. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Loads the catalogue for {@code language} ("nl" or "en"); anything else falls back to Dutch. */
    public static Messages forLanguage(String language) {
        String lang = LANGUAGES.contains(language) ? language : "nl";
        Properties p = new Properties();
        String name = "messages_" + lang + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name);
             Reader r = new InputStreamReader(requireResource(in, name), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put((String) k, (String) v));
        return new Messages(lang, Map.copyOf(map));
    }

    private static InputStream requireResource(InputStream in, String name) throws IOException {
        if (in == null) throw new IOException("message catalogue " + name + " is missing from the jar");
        return in;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language.equals("nl") ? "nl-NL" : "en-GB");
    }

    /** All keys, for the test that both catalogues hold the same ones. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /** The text for {@code key} with the arguments filled in. */
    public String text(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) throw new IllegalArgumentException("no message '" + key + "' in messages_" + language);
        if (args.length == 0) return t;
        StringBuilder sb = new StringBuilder(t.length() + 32);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int close = c == '{' ? t.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(t, i + 1, close)) {
                int n = Integer.parseInt(t.substring(i + 1, close));
                sb.append(n < args.length ? String.valueOf(args[n]) : t.substring(i, close + 1));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isIndex(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(t.charAt(i))) return false;
        }
        return true;
    }
}
