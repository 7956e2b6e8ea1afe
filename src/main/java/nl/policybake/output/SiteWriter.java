package nl.policybake.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Brings the output folder in line with a build. Called only after a build without errors, so a failed build
 * never reaches the disk. A marker file {@value #MARKER} identifies folders policybake owns: a folder that exists,
 * is not empty and has no marker is refused, so {@code --output ~} cannot wipe a home folder. The marker may hold
 * the record of the build that wrote the folder (see {@code build.BuildRecorder}); {@link #write} empties it before
 * anything else, so a folder being written never carries the record of an earlier build.
 */
public final class SiteWriter {

    public static final String MARKER = ".policybake-output";

    private final Path out;

    public SiteWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** True when the folder may be written: missing, empty, or marked as ours. */
    public boolean isWritable() throws IOException {
        if (!Files.exists(out)) return true;
        if (!Files.isDirectory(out)) return false;
        return Files.exists(out.resolve(MARKER)) || isEmpty(out);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Writes {@code files} (output path to bytes) and deletes everything else in the folder but the marker. Folders
     * are made first, on one thread; the files are then compared and written by several threads at once, since
     * most of the time goes into waiting for the file system, not into the processor.
     */
    public WriteStats write(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(out);
        Files.write(out.resolve(MARKER), new byte[0]);
        Set<Path> folders = new TreeSet<>();
        for (String name : files.keySet()) {
            Path target = out.resolve(name).normalize();
            if (!target.startsWith(out)) throw new IOException("output path leaves the output folder: " + name);
            folders.add(target.getParent());
        }
        for (Path folder : folders) Files.createDirectories(folder);
        LongAdder written = new LongAdder();
        // more threads than cores: they mostly wait for the file system
        ForkJoinPool pool = new ForkJoinPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> files.entrySet().parallelStream().forEach(e -> {
                try {
                    if (writeOne(out.resolve(e.getKey()).normalize(), e.getValue())) written.increment();
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the output", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        int changed = written.intValue();
        return new WriteStats(changed, files.size() - changed, deleteStale(files.keySet()));
    }

    /** Writes {@code bytes} to {@code target} unless it holds them already; true when it wrote. */
    private static boolean writeOne(Path target, byte[] bytes) throws IOException {
        if (holds(target, bytes)) return false;
        Path tmp = tmp(target);
        Files.write(tmp, bytes);
        move(tmp, target);
        return true;
    }

    /**
     * Brings the folder from {@code previous}, the files the last write left in it, to {@code files}: writes only the
     * files whose bytes differ and deletes only the files that are gone, with their folders when they empty. Much
     * cheaper than {@link #write} for a rebuild in {@code serve}, which knows what it wrote last.
     *
     * @return the output paths written or deleted, sorted
     */
    public List<String> update(Map<String, byte[]> files, Map<String, byte[]> previous) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] before = previous.get(e.getKey());
            if (before == e.getValue() || (before != null && Arrays.equals(before, e.getValue()))) continue;
            Path target = out.resolve(e.getKey()).normalize();
            if (!target.startsWith(out)) throw new IOException("output path leaves the output folder: " + e.getKey());
            Files.createDirectories(target.getParent());
            Path tmp = tmp(target);
            Files.write(tmp, e.getValue());
            move(tmp, target);
            changed.add(e.getKey());
        }
        for (String gone : previous.keySet()) {
            if (files.containsKey(gone)) continue;
            Path target = out.resolve(gone).normalize();
            if (!target.startsWith(out)) continue;
            Files.deleteIfExists(target);
            changed.add(gone);
            for (Path dir = target.getParent(); dir != null && !dir.equals(out) && dir.startsWith(out);
                 dir = dir.getParent()) {
                if (!isEmpty(dir)) break;
                Files.delete(dir);
            }
        }
        java.util.Collections.sort(changed);
        return changed;
    }

    /**
     * Starts a write in two steps, for a build that hands over its files while it renders, so that it need not
     * hold them all: see {@link Staging}. Check {@link #isWritable()} first.
     */
    public Staging stage() throws IOException {
        return new Staging();
    }

    /**
     * A write in two steps. {@link #put} compares a file with the folder and writes a changed one next to its place
     * under a temporary name; {@link #commit} then moves them all into place and deletes what the build did not
     * make, and {@link #close} without a commit removes the temporary files and the folders {@code put} made, so a
     * failed build leaves the folder as it was. {@code put} is thread-safe and returns at once: the disk work is done
     * by threads of its own, at most a few dozen files behind, so memory holds only those.
     *
     * <p>Into a folder that is missing or empty when the staging starts, the files are written in their places at
     * once, after the marker: there is nothing to keep as it was, and a temporary name and a move for each file cost
     * the file system about as much again. {@link #close} without a commit removes them, the marker and the folders
     * it made as well; a build that was killed leaves a marked folder, which the next build brings in line.
     */
    public final class Staging implements AutoCloseable {

        private final Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.Queue<String> staged = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final List<Path> madeFolders = new ArrayList<>();
        private final Set<Path> knownFolders = new java.util.HashSet<>();
        private final java.util.concurrent.atomic.AtomicReference<IOException> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        private final java.util.concurrent.ThreadPoolExecutor disk;
        /** The folder was missing or empty: files go straight into their places. */
        private final boolean fresh;
        private boolean done;

        private Staging() throws IOException {
            fresh = !Files.exists(out) || Files.isDirectory(out) && isEmpty(out);
            if (fresh) {
                folder(out);
                Files.write(out.resolve(MARKER), new byte[0]);
            }
            // more threads than cores: they mostly wait for the file system; a full queue makes the caller wait
            int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
            disk = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 1, java.util.concurrent.TimeUnit.SECONDS,
                    new java.util.concurrent.ArrayBlockingQueue<>(4 * threads),
                    new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
        }

        /** Stages {@code bytes} as output path {@code name}; each name once. */
        public void put(String name, byte[] bytes) throws IOException {
            Path target = out.resolve(name).normalize();
            if (!target.startsWith(out) || target.equals(out)) {
                throw new IOException("output path leaves the output folder: " + name);
            }
            if (!names.add(name)) throw new IllegalArgumentException("output path given twice: " + name);
            disk.execute(() -> {
                if (failure.get() != null) return;
                try {
                    if (!fresh && holds(target, bytes)) return;
                    folder(target.getParent());
                    Files.write(fresh ? target : tmp(target), bytes);
                    staged.add(name);
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                }
            });
        }

        /** Makes {@code folder} and the missing folders above it, remembering which it made. */
        private synchronized void folder(Path folder) throws IOException {
            if (knownFolders.contains(folder)) return;
            List<Path> missing = new ArrayList<>();
            for (Path f = folder; f != null && !Files.isDirectory(f); f = f.getParent()) missing.add(0, f);
            for (Path f : missing) {
                Files.createDirectory(f);
                madeFolders.add(f);
            }
            knownFolders.add(folder);
        }

        /**
         * Moves the staged files into place and deletes every other file but the marker; into a folder that was
         * missing or empty, the files are in place already.
         */
        public WriteStats commit() throws IOException {
            finish();
            int written = staged.size();
            if (fresh) {
                done = true;
                return new WriteStats(written, names.size() - written, 0);
            }
            folder(out);
            Files.write(out.resolve(MARKER), new byte[0]);
            for (String name : staged) {
                Path target = out.resolve(name).normalize();
                move(tmp(target), target);
            }
            done = true;
            return new WriteStats(written, names.size() - written, deleteStale(names));
        }

        /** Waits for the disk threads; the first problem they had, if any. */
        private void finish() throws IOException {
            disk.shutdown();
            try {
                while (!disk.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    // a slow disk: keep waiting, the files must be complete before they move into place
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the output", e);
            }
            if (failure.get() != null) throw failure.get();
        }

        /** Without a commit: removes the temporary files and the folders made for them. */
        @Override
        public void close() throws IOException {
            if (done) return;
            done = true;
            try {
                finish();
            } catch (IOException e) {
                // the files are removed all the same
            }
            for (String name : staged) {
                Path target = out.resolve(name).normalize();
                Files.deleteIfExists(fresh ? target : tmp(target));
            }
            if (fresh) Files.deleteIfExists(out.resolve(MARKER));
            for (int i = madeFolders.size() - 1; i >= 0; i--) {
                if (isEmpty(madeFolders.get(i))) Files.delete(madeFolders.get(i));
            }
        }
    }

    /** True when {@code target} is a file holding exactly {@code bytes}. */
    private static boolean holds(Path target, byte[] bytes) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes);
    }

    /** Where a file is written before it is moved to {@code target}: a dotfile next to it. */
    private static Path tmp(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private int deleteStale(Set<String> files) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(out)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        int deleted = 0;
        List<Path> dirs = new ArrayList<>();
        for (Path p : all) {
            if (p.equals(out)) continue;
            String rel = out.relativize(p).toString().replace('\\', '/');
            if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                dirs.add(p);
            } else if (!rel.equals(MARKER) && !files.contains(rel)) {
                Files.delete(p);
                deleted++;
            }
        }
        for (Path d : dirs) {
            if (isEmpty(d)) Files.delete(d);
        }
        return deleted;
    }
}
