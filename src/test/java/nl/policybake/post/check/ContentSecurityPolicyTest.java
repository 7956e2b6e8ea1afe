package nl.policybake.post.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The fallbacks and source matching of CSP Level 3, as far as static HTML can be checked. */
class ContentSecurityPolicyTest {

    @Test
    void fallsBackFromElementAndAttributeDirectivesToDefaultSrc() {
        ContentSecurityPolicy p = ContentSecurityPolicy.parse("default-src 'none'; style-src 'self'");
        assertEquals(List.of("'self'"), p.sources("style-src-attr"));
        assertEquals(List.of("'none'"), p.sources("script-src-elem"));
        assertEquals(List.of("'none'"), p.sources("frame-src"));
        assertNull(p.sources("form-action"), "form-action does not fall back to default-src");
    }

    @Test
    void unsafeInlineCountsOnlyWithoutANonceOrHash() {
        assertTrue(ContentSecurityPolicy.parse("script-src 'unsafe-inline'").allowsInline("script-src-elem", ""));
        assertFalse(ContentSecurityPolicy.parse("script-src 'unsafe-inline' 'nonce-a'").allowsInline("script-src-attr", ""));
        assertTrue(ContentSecurityPolicy.parse("script-src 'nonce-a'").allowsInline("script-src-elem", "a"));
        assertFalse(ContentSecurityPolicy.parse("script-src 'self'").allowsInline("script-src-elem", ""));
        assertTrue(ContentSecurityPolicy.parse("img-src *").allowsInline("script-src-elem", ""), "nothing restricts scripts");
    }

    @Test
    void matchesSelfSchemesAndHosts() {
        ContentSecurityPolicy p = ContentSecurityPolicy.parse(
                "default-src 'self'; img-src 'self' data: https://*.example.org cdn.example.net");
        assertTrue(p.allowsUrl("img-src", "/assets/a.png", ""));
        assertTrue(p.allowsUrl("img-src", "data:image/png;base64,AAAA", ""));
        assertTrue(p.allowsUrl("img-src", "https://img.example.org/a.png", ""));
        assertFalse(p.allowsUrl("img-src", "http://img.example.org/a.png", ""));
        assertTrue(p.allowsUrl("img-src", "https://cdn.example.net/a.png", ""));
        assertFalse(p.allowsUrl("img-src", "https://example.com/a.png", ""));
        assertFalse(p.allowsUrl("script-src-elem", "data:text/javascript,1", ""));
        assertTrue(p.allowsUrl("script-src-elem", "https://www.regio.nl/a.js", "https://www.regio.nl"));
        assertFalse(p.allowsUrl("script-src-elem", "//other.nl/a.js", "https://www.regio.nl"));
    }
}
