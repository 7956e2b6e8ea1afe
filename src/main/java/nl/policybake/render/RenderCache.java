package nl.policybake.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What a rebuild may take over from the previous render: every template evaluation whose template and values are
 * equal to one of the last build (a page, a table, a figure), every chart drawn from equal data, and every print
 * section made from equal HTML. Templates are pure functions of their values, and the values are records whose
 * equality is deep, so an equal key gives the same bytes; only work that succeeded is kept.
 *
 * <p>Entries live for one build: each build keeps only what it used. A change of the site config, the theme or
 * strictness empties the cache ({@link #begin}). Used by {@code serve}; a one-off build uses {@link #none()}.
 */
public final class RenderCache {


    private final boolean enabled;
    private Object settings;
    private Map<Object, Object> previous = new ConcurrentHashMap<>();
    private Map<Object, Object> current = new ConcurrentHashMap<>();
    private final AtomicInteger pagesRendered = new AtomicInteger();

    private RenderCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that keeps nothing, for a one-off build. */
    public static RenderCache none() {
        return new RenderCache(false);
    }

    /** A cache that keeps the last build's work for the next one. */
    public static RenderCache create() {
        return new RenderCache(true);
    }

    /**
     * Starts a build. {@code settings} holds everything rendering depends on beyond the site model (the config, the
     * theme's files, strictness), with content equality; when it differs from the last build's, nothing is reused.
     */
    public synchronized void begin(Object settings) {
        if (!settings.equals(this.settings)) previous = new ConcurrentHashMap<>();
        this.settings = settings;
        current = new ConcurrentHashMap<>();
        pagesRendered.set(0);
    }

    /**
     * Starts a rebuild of a few pages in the last build's site: the cache keeps what it has, and counts the pages
     * evaluated from now on.
     */
    public synchronized void beginPartial() {
        pagesRendered.set(0);
    }

    /** Ends a build: what it did not use is dropped. */
    public synchronized void end() {
        if (!enabled) return;
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** How many pages the last build evaluated rather than took from the cache. */
    public int pagesRendered() {
        return pagesRendered.get();
    }

    /** The page for {@code key}, from the cache or from {@code work}. */
    Optional<byte[]> page(Object key, Supplier<Optional<byte[]>> work) {
        return memo(key, () -> {
            pagesRendered.incrementAndGet();
            return work.get();
        });
    }

    /** The value for {@code key}, from the cache or from {@code work}; an empty result is not kept. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> memo(Object key, Supplier<Optional<T>> work) {
        if (!enabled) return work.get();
        Object known = current.get(key);
        if (known == null) known = previous.get(key);
        if (known != null) {
            current.put(key, known);
            return Optional.of((T) known);
        }
        Optional<T> made = work.get();
        made.ifPresent(v -> current.put(key, v));
        return made;
    }
}
