package nl.policybake.post.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collects the links and loaded files of one page: internal ones are returned to be resolved against the whole
 * site; external ones are checked for form here, without the network: {@code http(s)} with a host name,
 * {@code mailto:} with an address, {@code tel:} with a number, no other schemes.
 */
final class LinkScanner {

    /** A link or a loaded file within the site; {@code loaded} is the element that loads it, null for a link. */
    record Ref(String url, String loaded) {
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile(
            "localhost|(\\d{1,3}\\.){3}\\d{1,3}|([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}|xn--[a-z0-9-]+");
    private static final Pattern MAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{2,}");
    private static final String LOADED = "img[src], script[src], source[src], video[src], audio[src], track[src], "
            + "iframe[src], embed[src], object[data], link[rel~=(?i)stylesheet|icon][href]";

    private LinkScanner() {
    }

    static void scan(Document doc, List<Ref> refs, List<Finding> out) {
        for (Element e : doc.select("a[href], area[href], link[href]:not([rel~=(?i)stylesheet|icon|canonical])")) {
            ref(e.attr("href"), null, refs, out);
        }
        for (Element e : doc.select(LOADED)) {
            ref(e.hasAttr("href") ? e.attr("href") : e.hasAttr("data") ? e.attr("data") : e.attr("src"), e.tagName(),
                    refs, out);
        }
        for (Element e : doc.select("form[action]")) ref(e.attr("action"), "form", refs, out);
    }

    private static void ref(String url, String loaded, List<Ref> refs, List<Finding> out) {
        String u = url.strip();
        if (u.isEmpty()) return;
        if (u.startsWith("//")) u = "https:" + u;
        if (!SCHEME.matcher(u).matches()) {
            refs.add(new Ref(url, loaded));
            return;
        }
        String scheme = u.substring(0, u.indexOf(':')).toLowerCase(Locale.ROOT);
        String rest = u.substring(u.indexOf(':') + 1);
        switch (scheme) {
            case "http", "https" -> {
                if (!isWebAddress(u)) out.add(Finding.of("check.badExternal", url).in(url, "<" + url));
            }
            case "mailto" -> {
                if (!isMail(rest)) out.add(Finding.of("check.badMailto", url).in(url, rest));
            }
            case "tel" -> {
                if (!PHONE.matcher(decode(rest)).matches()) out.add(Finding.of("check.badMailto", url).in(url, rest));
            }
            case "data" -> {
                if (loaded == null) out.add(Finding.of("check.badScheme", url, scheme).in(url));
            }
            case "javascript" -> { } // the CSP check reports it
            default -> out.add(Finding.of("check.badScheme", url, scheme).in(url));
        }
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).matches()
                    && uri.getRawAuthority().equals(uri.getRawAuthority().strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isMail(String rest) {
        String to = decode(rest.replaceAll("\\?.*$", ""));
        if (to.isBlank()) return false;
        for (String address : to.split(",")) if (!MAIL.matcher(address.strip()).matches()) return false;
        return true;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray % stays as written; the pattern then rejects or accepts it as text
        }
    }
}
