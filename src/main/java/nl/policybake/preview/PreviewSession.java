package nl.policybake.preview;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;
import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;

/**
 * {@code serve}: builds the site with drafts, serves the output, watches the sources and rebuilds incrementally on
 * every change. After each build it tells the open pages what changed: a page that changed reloads, and when one
 * source was saved, the pages open elsewhere go to its page. A failed rebuild leaves the last good output in
 * place and shows its problems as an overlay on every page, until a build succeeds again.
 */
public final class PreviewSession implements AutoCloseable {

    private final BuildOptions options;
    private final SiteBuilder builder = SiteBuilder.incremental();
    private final Consumer<BuildResult> report;
    private PreviewServer server;
    private SourceWatcher watcher;
    private boolean failing;
    private int builds;
    private final List<Long> reloadNanos = new ArrayList<>();
    private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policybake-search-index");
        t.setDaemon(true);
        return t;
    });
    private int indexJobs;
    private boolean building;

    /**
     * @param options the site, output folder and strictness; drafts are always built
     * @param report gets every build's result, for the console
     */
    public PreviewSession(BuildOptions options, Consumer<BuildResult> report) {
        this.options = new BuildOptions(options.site(), options.output(), true, options.strict(), true);
        this.report = report;
        builder.deferIndex();
    }

    /** Builds once, then serves on {@code address} at {@code port} (or the next free one) and starts watching. */
    public BuildResult start(InetAddress address, int port) throws IOException {
        server = PreviewServer.start(options.output(), address, port, true);
        BuildResult first = build(Set.of(), false, System.nanoTime());
        watcher = new SourceWatcher(options.site(), (paths, lost) -> build(paths, lost, System.nanoTime()));
        return first;
    }

    public PreviewServer server() {
        return server;
    }

    /** How many builds have finished, the first included. */
    public synchronized int builds() {
        return builds;
    }

    /** Waits until at least {@code n} builds have finished, or {@code millis} passed; true when they have. */
    public synchronized boolean awaitBuilds(int n, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (builds < n) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }

    /** Nanoseconds from each change seen to its reload event sent, for the benchmark. */
    public synchronized List<Long> reloadNanos() {
        return List.copyOf(reloadNanos);
    }

    /** One build, for the first time or for the changed {@code paths}; {@code seen} is when the change was seen. */
    private BuildResult build(Set<String> paths, boolean lost, long seen) {
        synchronized (this) {
            building = true;
        }
        try {
            return buildNow(paths, lost, seen);
        } finally {
            synchronized (this) {
                building = false;
                notifyAll();
            }
        }
    }

    private BuildResult buildNow(Set<String> paths, boolean lost, long seen) {
        if (lost) builder.forget(); else builder.touched(paths);
        BuildResult result = builder.build(options, written -> {
            if (failing) return; // the overlay goes first, below
            // a build that tells twice (the saved page first, the rest of its period after) counts once: a page
            // served in between is not one that missed a build
            if (!written.continued()) server.built();
            if (builds > 0) tell(written, written.continued() ? Set.of() : paths, seen);
        });
        // a build that shows or hides the overlay is counted once the overlay is right, so a page served before
        // that learns, when it connects, that it missed a build
        if (!result.isOk()) {
            server.showProblems(overlay(result.diagnostics()));
            server.built();
            failing = true;
            server.publish("{\"builds\":" + server.builds() + ",\"all\":true}");
        } else if (failing) {
            server.showProblems(null);
            server.built();
            failing = false;
            server.publish("{\"builds\":" + server.builds() + ",\"all\":true}");
        }
        report.accept(result);
        synchronized (this) {
            builds++;
            if (builder.indexPending()) {
                indexJobs++;
                indexer.submit(this::finishIndex);
            }
            notifyAll();
        }
        return result;
    }

    /** Makes the search index the last build left, in the background, so the next save need not wait for it. */
    private void finishIndex() {
        try {
            builder.finishIndex();
        } finally {
            synchronized (this) {
                indexJobs--;
                notifyAll();
            }
        }
    }

    /**
     * Waits until the watcher has been quiet for {@code quietMillis}, no build runs and the search index is written,
     * or {@code millis} passed; true when all is done. For tests and the benchmark.
     */
    public boolean awaitIdle(long quietMillis, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            int before;
            synchronized (this) {
                before = builds;
                while (indexJobs > 0 && System.currentTimeMillis() < end) wait(Math.max(1, end - System.currentTimeMillis()));
            }
            Thread.sleep(quietMillis);
            synchronized (this) {
                if (builds == before && indexJobs == 0 && !building) return true;
            }
        }
        return false;
    }

    /** Sends the reload event for what a build wrote. */
    private void tell(SiteBuilder.Written written, Set<String> paths, long seen) {
        List<String> pages = new ArrayList<>();
        boolean all = false;
        for (String path : written.changed()) {
            if (path.endsWith(".html")) {
                pages.add(url(path));
            } else if (written.origins().getOrDefault(path, "").startsWith("themes/")) {
                all = true; // the theme's style sheet, script or image: any page may use it
            }
        }
        String focus = paths.size() == 1 ? focus(paths.iterator().next(), written.origins()) : null;
        StringBuilder json = new StringBuilder("{\"builds\":").append(server.builds()).append(",\"all\":")
                .append(all).append(",\"pages\":[");
        for (int i = 0; i < pages.size(); i++) json.append(i > 0 ? "," : "").append(quote(pages.get(i)));
        json.append(']');
        if (focus != null) json.append(",\"focus\":").append(quote(focus));
        server.publish(json.append('}').toString());
        if (written.continued()) return; // the first event of the build was its editor's wait
        synchronized (this) {
            reloadNanos.add(System.nanoTime() - seen);
        }
    }

    /**
     * The page made from {@code source}: for an action-line table its overview, else the shortest page URL whose
     * origin it is; never a print page.
     */
    static String focus(String source, Map<String, String> origins) {
        java.util.Comparator<String> order = java.util.Comparator
                .comparing((String path) -> !path.endsWith("/actielijnen/index.html"))
                .thenComparing(String::length).thenComparing(path -> path);
        return origins.entrySet().stream()
                .filter(e -> e.getValue().equals(source) && e.getKey().endsWith("index.html")
                        && !e.getKey().contains("afdrukken/"))
                .map(Map.Entry::getKey).min(order).map(PreviewSession::url).orElse(null);
    }

    /** The URL path of an output file: {@code a/b/index.html} is {@code /a/b/}. */
    static String url(String outputPath) {
        return "/" + (outputPath.endsWith("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static PreviewServer.Overlay overlay(Diagnostics d) {
        List<String> problems = d.sorted().stream().filter(x -> x.severity() == nl.policybake.diag.Severity.ERROR)
                .map(Diagnostic::format).toList();
        return new PreviewServer.Overlay(d.messages().text("serve.overlay.title", d.errorCount()),
                d.messages().text("serve.overlay.text"), problems);
    }

    /** Stops watching, lets a build or index that is under way finish (so the output is whole), and stops serving. */
    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        indexer.shutdownNow();
        try {
            indexer.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
            synchronized (this) {
                long end = System.currentTimeMillis() + 120_000;
                while (building && System.currentTimeMillis() < end) wait(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server != null) server.close();
    }
}
