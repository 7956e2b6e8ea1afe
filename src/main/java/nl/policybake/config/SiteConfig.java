package nl.policybake.config;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The validated site configuration.
 *
 * @param baseUrl absolute http(s) URL without trailing slash, e.g. {@code https://jeugdagenda.example.nl}
 * @param language {@code nl} or {@code en}: UI strings, diagnostics and number formats follow it
 * @param periodBanner banner text on non-current periods with {@code {period}} and {@code {current}}
 *                     placeholders; empty means the theme's own text
 * @param securityExpires the {@code Expires} of {@code /.well-known/security.txt}; empty leaves the file out
 * @param csvEncoding the encoding of CSV files that are not UTF-8; empty: such a file is an error
 * @param statusLabels the site's own words for action-line statuses, by UI-string key ({@code status.groen}); a
 *                     status without an entry keeps the theme's word
 */
public record SiteConfig(String title, String baseUrl, String language, String description, String theme,
                         String owner, String contact, RawHtmlPolicy rawHtml, String periodBanner, int feedSize,
                         Optional<LocalDate> securityExpires, Optional<Charset> csvEncoding,
                         Map<String, String> statusLabels) {

    /** What happens to raw HTML written inside Markdown. */
    public enum RawHtmlPolicy {
        /** Shown as text: the safe default. */
        ESCAPE,
        /** Kept after cleaning with a jsoup safelist (no scripts, styles, event handlers or frames). */
        SANITIZE
    }

    public Locale locale() {
        return Locale.forLanguageTag(language.equals("nl") ? "nl-NL" : "en-GB");
    }
}
