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
        if (Files.exists(out.resolve(MARKER))) return true;
        try (Stream<Path> s = Files.list(out)) {
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
        return new WriteStats(changed, files.size() - changed, deleteStale(files));
    }

    /** Writes {@code bytes} to {@code target} unless it holds them already; true when it wrote. */
    private static boolean writeOne(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
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
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
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
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) break;
                }
                Files.delete(dir);
            }
        }
        java.util.Collections.sort(changed);
        return changed;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private int deleteStale(Map<String, byte[]> files) throws IOException {
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
            } else if (!rel.equals(MARKER) && !files.containsKey(rel)) {
                Files.delete(p);
                deleted++;
            }
        }
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                if (s.findAny().isEmpty()) Files.delete(d);
            }
        }
        return deleted;
    }
}
