package nl.policybake.config;

import java.util.Arrays;
import java.util.Optional;

/** Every key {@code site-config.properties} may hold, with its default (null: required or absent). */
public enum ConfigKey {
    SITE_TITLE("site.title", null),
    SITE_URL("site.url", null),
    SITE_LANGUAGE("site.language", "nl"),
    SITE_DESCRIPTION("site.description", ""),
    SITE_THEME("site.theme", "default"),
    SITE_OWNER("site.owner", ""),
    SITE_CONTACT("site.contact", ""),
    MARKDOWN_HTML("markdown.html", "escape"),
    PERIOD_BANNER("period.banner", ""),
    FEED_SIZE("feed.size", "20"),
    SECURITY_EXPIRES("security.expires", ""),
    CSV_ENCODING("csv.encoding", "utf-8"),
    STATUS_GROEN("status.groen", ""),
    STATUS_GEEL("status.geel", ""),
    STATUS_ROOD("status.rood", ""),
    STATUS_NOG_NIET_BEOORDEELD("status.nog-niet-beoordeeld", ""),
    STATUS_ONBEKEND("status.onbekend", "");

    private final String key;
    private final String defaultValue;

    ConfigKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** The default, or null when the key is required. */
    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<ConfigKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
