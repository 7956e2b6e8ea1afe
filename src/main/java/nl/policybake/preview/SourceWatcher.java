package nl.policybake.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Watches what a build reads: {@code site-config.properties}, everything below {@code content/} and everything
 * below {@code themes/}, including folders created, renamed or deleted while it runs. Changes that arrive
 * together (an editor's save is often several events) are handed over as one batch of paths relative to the site
 * folder, once the file system has been quiet for {@link #QUIET_MILLIS} ms. When the system lost events, the
 * batch says so, and the builder reads everything again. Names the loader passes over (starting with {@code .}
 * or {@code ~$}) start no build.
 */
final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 15;
    private static final long MAX_WAIT_MILLIS = 250;

    private final Path site;
    private final WatchService service;
    private final Thread thread;
    private final BiConsumer<Set<String>, Boolean> onChange;

    /**
     * Starts watching {@code site}; {@code onChange} gets each batch of changed paths and whether events were lost,
     * on the watcher's own thread, one batch at a time.
     */
    SourceWatcher(Path site, BiConsumer<Set<String>, Boolean> onChange) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.site.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        for (String dir : List.of("content", "themes")) {
            Path p = this.site.resolve(dir);
            if (Files.isDirectory(p)) registerAll(p);
        }
        this.thread = new Thread(this::run, "policybake-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching. A build under way on the watcher's thread is not interrupted, so it writes whole files. */
    @Override
    public void close() throws IOException {
        service.close();
    }

    private void run() {
        try {
            while (true) {
                Set<String> paths = new TreeSet<>();
                boolean lost = drain(service.take(), paths);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                WatchKey more;
                while (System.nanoTime() < deadline && (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(more, paths);
                }
                if (lost || !paths.isEmpty()) onChange.accept(paths, lost);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Adds the changed paths of {@code key} to {@code paths}; true when events were lost. */
    private boolean drain(WatchKey key, Set<String> paths) {
        boolean lost = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String rel = site.relativize(path).toString().replace('\\', '/');
            if (!watched(rel)) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerAll(path);
                } catch (IOException e) {
                    lost = true;
                }
            }
            paths.add(rel);
        }
        if (!key.reset() && Files.isDirectory(dir)) lost = true;
        return lost;
    }

    /** True for the config file and what lies below {@code content/} and {@code themes/}, but not ignored names. */
    static boolean watched(String rel) {
        if (!rel.equals("site-config.properties") && !rel.equals("content") && !rel.equals("themes")
                && !rel.startsWith("content/") && !rel.startsWith("themes/")) {
            return false;
        }
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$")) return false;
        }
        return true;
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (watched(rel)) p.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }
}
