package nl.policybake.config;

import java.net.URI;
import java.nio.charset.Charset;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Arrays;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Reads {@code site-config.properties}: {@code key = value} lines, {@code #} or {@code !} comments, a trailing
 * backslash continues a value on the next line. The file is UTF-8 (unlike {@link java.util.Properties}, which
 * would read ISO-8859-1), and every key keeps its line for diagnostics.
 */
public final class SiteConfigParser {

    public static final String FILE = "site-config.properties";

    private record Entry(String value, int line) { }

    /** Parses {@code text}; problems go to {@code diags}, and the returned config holds defaults where needed. */
    public SiteConfig parse(String text, Diagnostics diags) {
        Map<ConfigKey, Entry> entries = read(text, diags);
        String title = required(entries, ConfigKey.SITE_TITLE, diags);
        String url = baseUrl(entries, diags);
        String language = oneOf(entries, ConfigKey.SITE_LANGUAGE, diags, "nl", "en");
        String html = oneOf(entries, ConfigKey.MARKDOWN_HTML, diags, "escape", "sanitize");
        return new SiteConfig(title, url, language, value(entries, ConfigKey.SITE_DESCRIPTION),
                theme(entries, diags), value(entries, ConfigKey.SITE_OWNER), value(entries, ConfigKey.SITE_CONTACT),
                html.equals("sanitize") ? SiteConfig.RawHtmlPolicy.SANITIZE : SiteConfig.RawHtmlPolicy.ESCAPE,
                value(entries, ConfigKey.PERIOD_BANNER), feedSize(entries, diags), expires(entries, diags),
                csvEncoding(entries, diags), statusLabels(entries));
    }

    private Map<ConfigKey, Entry> read(String text, Diagnostics diags) {
        Map<ConfigKey, Entry> entries = new EnumMap<>(ConfigKey.class);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
            StringBuilder logical = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1);
                line = lines[++i].strip();
            }
            logical.append(line);
            int eq = logical.indexOf("=");
            if (eq < 0) {
                diags.error(SourcePos.of(FILE, lineNo), "config.noEquals", logical);
                continue;
            }
            String key = logical.substring(0, eq).strip();
            String value = logical.substring(eq + 1).strip();
            Optional<ConfigKey> known = ConfigKey.of(key);
            if (known.isEmpty()) {
                unknownKey(key, lineNo, diags);
            } else if (entries.containsKey(known.get())) {
                diags.error(SourcePos.of(FILE, lineNo), "config.duplicate", key, entries.get(known.get()).line());
            } else {
                entries.put(known.get(), new Entry(value, lineNo));
            }
        }
        return entries;
    }

    private static void unknownKey(String key, int line, Diagnostics diags) {
        String[] names = Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toArray(String[]::new);
        Optional<String> near = Suggestions.closest(key, names);
        if (near.isPresent()) {
            diags.error(SourcePos.of(FILE, line), "config.unknownKey.suggest", key, near.get());
        } else {
            diags.error(SourcePos.of(FILE, line), "config.unknownKey", key,
                    Arrays.stream(names).collect(Collectors.joining(", ")));
        }
    }

    private static String value(Map<ConfigKey, Entry> entries, ConfigKey key) {
        Entry e = entries.get(key);
        return e != null ? e.value() : key.defaultValue();
    }

    private static SourcePos pos(Map<ConfigKey, Entry> entries, ConfigKey key) {
        Entry e = entries.get(key);
        return e != null ? SourcePos.of(FILE, e.line()) : SourcePos.file(FILE);
    }

    private static String required(Map<ConfigKey, Entry> entries, ConfigKey key, Diagnostics diags) {
        String v = value(entries, key);
        if (v == null || v.isEmpty()) {
            diags.error(pos(entries, key), "config.missing", key.key());
            return "";
        }
        return v;
    }

    private static String oneOf(Map<ConfigKey, Entry> entries, ConfigKey key, Diagnostics diags, String... allowed) {
        String v = value(entries, key);
        if (Arrays.asList(allowed).contains(v)) return v;
        diags.error(pos(entries, key), "config.notOneOf", key.key(), v, String.join(", ", allowed));
        return allowed[0];
    }

    private static String baseUrl(Map<ConfigKey, Entry> entries, Diagnostics diags) {
        String v = required(entries, ConfigKey.SITE_URL, diags);
        if (v.isEmpty()) return "http://localhost";
        try {
            URI uri = new URI(v);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (http && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
            }
        } catch (URISyntaxException e) {
            // reported below, with the same message as any other malformed URL
        }
        diags.error(pos(entries, ConfigKey.SITE_URL), "config.badUrl", v);
        return "http://localhost";
    }

    private static String theme(Map<ConfigKey, Entry> entries, Diagnostics diags) {
        String v = value(entries, ConfigKey.SITE_THEME);
        if (v.matches("[a-z0-9][a-z0-9-]*")) return v;
        diags.error(pos(entries, ConfigKey.SITE_THEME), "config.badTheme", v);
        return "default";
    }

    private static int feedSize(Map<ConfigKey, Entry> entries, Diagnostics diags) {
        String v = value(entries, ConfigKey.FEED_SIZE);
        if (v.matches("[1-9][0-9]{0,3}")) return Integer.parseInt(v);
        diags.error(pos(entries, ConfigKey.FEED_SIZE), "config.badNumber", ConfigKey.FEED_SIZE.key(), v);
        return 20;
    }

    private static Map<String, String> statusLabels(Map<ConfigKey, Entry> entries) {
        Map<String, String> labels = new java.util.TreeMap<>();
        for (ConfigKey k : ConfigKey.values()) {
            String v = value(entries, k);
            if (k.key().startsWith("status.") && !v.isEmpty()) labels.put(k.key(), v);
        }
        return Map.copyOf(labels);
    }

    private static Optional<Charset> csvEncoding(Map<ConfigKey, Entry> entries, Diagnostics diags) {
        String v = oneOf(entries, ConfigKey.CSV_ENCODING, diags, "utf-8", "windows-1252");
        return v.equals("windows-1252") ? Optional.of(Charset.forName("windows-1252")) : Optional.empty();
    }

    private static Optional<LocalDate> expires(Map<ConfigKey, Entry> entries, Diagnostics diags) {
        String v = value(entries, ConfigKey.SECURITY_EXPIRES);
        if (v.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            diags.error(pos(entries, ConfigKey.SECURITY_EXPIRES), "config.badDate", ConfigKey.SECURITY_EXPIRES.key(), v);
            return Optional.empty();
        }
    }

    /** Decodes the file's bytes; the config is read before the site's language is known, so errors are Dutch. */
    public static String decode(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
