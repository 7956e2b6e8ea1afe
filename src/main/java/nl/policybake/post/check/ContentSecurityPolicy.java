package nl.policybake.post.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Content-Security-Policy as a page declares it in {@code <meta http-equiv="Content-Security-Policy">}, and what it
 * allows: inline code and styles, and where scripts, styles, images, frames and forms may come from. Follows the
 * fallbacks of CSP Level 3 ({@code script-src-elem} to {@code script-src} to {@code default-src}, and so on).
 * Nonces and hashes are honoured for inline elements; {@code connect-src} cannot be checked in static HTML.
 */
record ContentSecurityPolicy(String text, Map<String, List<String>> directives) {

    /** The policy the default theme declares; pages that declare none are checked against it. */
    static final String STRICT = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    static ContentSecurityPolicy parse(String text) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String[] words = part.strip().split("\\s+");
            if (words[0].isEmpty()) continue;
            // the first occurrence of a directive wins, as in browsers
            directives.putIfAbsent(words[0].toLowerCase(Locale.ROOT), List.of(words).subList(1, words.length));
        }
        return new ContentSecurityPolicy(text.strip(), Map.copyOf(directives));
    }

    /** The sources that apply to {@code directive}, after the fallbacks; null when nothing restricts it. */
    List<String> sources(String directive) {
        for (String d : chain(directive)) {
            List<String> s = directives.get(d);
            if (s != null) return s;
        }
        return null;
    }

    private static List<String> chain(String directive) {
        return switch (directive) {
            case "script-src-elem", "script-src-attr" -> List.of(directive, "script-src", "default-src");
            case "style-src-elem", "style-src-attr" -> List.of(directive, "style-src", "default-src");
            case "frame-src" -> List.of("frame-src", "child-src", "default-src");
            case "form-action", "base-uri" -> List.of(directive); // no fallback to default-src
            default -> List.of(directive, "default-src");
        };
    }

    /** Whether inline code or style under {@code directive} runs, given the element's {@code nonce} ("" if none). */
    boolean allowsInline(String directive, String nonce) {
        List<String> s = sources(directive);
        if (s == null) return true;
        boolean hashOrNonce = s.stream().anyMatch(x -> x.startsWith("'nonce-") || x.startsWith("'sha"));
        if (!nonce.isEmpty() && s.contains("'nonce-" + nonce + "'")) return true;
        // a nonce or hash in the list switches 'unsafe-inline' off
        return s.contains("'unsafe-inline'") && !hashOrNonce;
    }

    /**
     * Whether {@code url} may be loaded under {@code directive} by a page of the site at {@code siteOrigin}
     * ({@code https://host}); a relative URL is the page's own origin.
     */
    boolean allowsUrl(String directive, String url, String siteOrigin) {
        List<String> s = sources(directive);
        if (s == null) return true;
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean self = scheme == null && uri.getRawAuthority() == null
                || siteOrigin.equalsIgnoreCase(scheme + "://" + uri.getRawAuthority());
        for (String source : s) {
            String x = source.toLowerCase(Locale.ROOT);
            if (x.equals("'self'") && self) return true;
            if (x.equals("*") && scheme != null && !scheme.equals("data") && !scheme.equals("blob")) return true;
            if (scheme != null && x.equals(scheme + ":")) return true;
            if (uri.getHost() != null && matchesHost(x, scheme, uri.getHost().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean matchesHost(String source, String scheme, String host) {
        String h = source;
        int sep = h.indexOf("://");
        if (sep > 0) {
            if (scheme != null && !h.substring(0, sep).equals(scheme)) return false;
            h = h.substring(sep + 3);
        }
        if (h.startsWith("'")) return false;
        h = h.replaceAll("[:/].*$", "");
        if (h.startsWith("*.")) return host.endsWith(h.substring(1));
        return host.equals(h);
    }
}
