package nl.policybake.parse;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.model.Body;
import nl.policybake.model.data.Dataset;
import nl.policybake.parse.front.FrontMatter;

/**
 * What a rebuild may take over from the previous parse: the front matter of every Markdown file whose bytes did not
 * change, and the rendered body of every file whose text did not change and whose links, action lines and data
 * files resolve as they did. Each entry keeps the diagnostics its work reported, and a rebuild that takes the entry
 * reports them again, so a cached build says exactly what a clean one says.
 *
 * <p>Entries live for one build: each build keeps only what it used, so the cache never holds more than one site.
 * A change of the site config, of the drafts option or of strictness empties it. Used by {@code serve}; a one-off
 * build uses {@link #none()}.
 */
public final class ParseCache {


    private final boolean enabled;
    private Object settings;
    private Map<String, Header> headers = new ConcurrentHashMap<>();
    private Map<String, Rendered> bodies = new ConcurrentHashMap<>();
    private Map<String, Header> usedHeaders = new ConcurrentHashMap<>();
    private Map<String, Rendered> usedBodies = new ConcurrentHashMap<>();
    private final AtomicInteger bodiesRendered = new AtomicInteger();

    private ParseCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that keeps nothing, for a one-off build. */
    public static ParseCache none() {
        return new ParseCache(false);
    }

    /** A cache that keeps the last build's work for the next one. */
    public static ParseCache create() {
        return new ParseCache(true);
    }

    /** How many Markdown bodies the last build rendered rather than took from the cache. */
    public int bodiesRendered() {
        return bodiesRendered.get();
    }

    /** Starts a build with these settings; forgets everything when they differ from the last build's. */
    synchronized void begin(SiteConfig config, boolean drafts, boolean strict) {
        Object now = java.util.List.of(config, drafts, strict);
        if (!now.equals(settings)) {
            headers = new ConcurrentHashMap<>();
            bodies = new ConcurrentHashMap<>();
        }
        settings = now;
        usedHeaders = new ConcurrentHashMap<>();
        usedBodies = new ConcurrentHashMap<>();
        bodiesRendered.set(0);
    }

    /** Ends a build: what it did not use is dropped. */
    synchronized void end() {
        if (!enabled) return;
        headers = usedHeaders;
        bodies = usedBodies;
        usedHeaders = new ConcurrentHashMap<>();
        usedBodies = new ConcurrentHashMap<>();
    }

    /** The front matter the last build read from {@code path}, whatever its bytes; empty when there is none. */
    Optional<FrontMatter> lastHeader(String path) {
        Header h = usedHeaders.get(path);
        if (h == null) h = headers.get(path);
        return h == null ? Optional.empty() : h.frontMatter();
    }

    /**
     * Starts a rebuild of a few bodies in the last build's site ({@code ContentParser#reparseBody}): the cache keeps
     * what it has, and counts the bodies rendered from now on.
     */
    public synchronized void beginPartial() {
        bodiesRendered.set(0);
    }

    /** The front matter of a file with these bytes, read before; empty when it must be read. */
    Optional<Header> header(String path, byte[] bytes) {
        Header h = headers.get(path);
        if (h == null || !(h.bytes() == bytes || Arrays.equals(h.bytes(), bytes))) return Optional.empty();
        if (enabled) usedHeaders.put(path, h);
        return Optional.of(h);
    }

    void putHeader(String path, Header header) {
        if (enabled) usedHeaders.put(path, header);
    }

    /** The body rendered before from the same text in the same surroundings; empty when it must be rendered. */
    Optional<Rendered> body(String path, String text, int line, Optional<Set<String>> actionIds,
                            java.util.function.Function<String, Optional<Dataset>> datasets, LinkTargets targets) {
        Rendered r = bodies.get(path);
        if (r == null || r.line() != line || !r.text().equals(text) || !r.actionIds().equals(actionIds)) {
            return Optional.empty();
        }
        for (Map.Entry<String, Optional<Dataset>> d : r.datasets().entrySet()) {
            if (!d.getValue().equals(datasets.apply(d.getKey()))) return Optional.empty();
        }
        if (!r.links().sameAnswers(targets)) return Optional.empty();
        if (enabled) usedBodies.put(path, r);
        return Optional.of(r);
    }

    void putBody(String path, Rendered rendered) {
        bodiesRendered.incrementAndGet();
        if (enabled) usedBodies.put(path, rendered);
    }

    /** A file's front matter (empty when it could not be read) and what reading it reported. */
    record Header(byte[] bytes, Optional<FrontMatter> frontMatter, Diagnostics reported) {
    }

    /**
     * A rendered body with what it depended on: its text and first line, its period's action lines, the data files
     * its blocks looked up (path as written to what it led to) and the link questions it asked.
     */
    record Rendered(String text, int line, Optional<Set<String>> actionIds, Map<String, Optional<Dataset>> datasets,
                    LinkTargets links, Body body, Diagnostics reported) {
        Rendered {
            Objects.requireNonNull(body);
        }
    }
}
