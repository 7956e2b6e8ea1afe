package nl.policybake.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

import nl.policybake.output.SiteWriter;

/**
 * The state of an output folder, read without reading its files: a digest of the name, size and modification time of
 * every file and the name of every folder (the marker at the top left out), with the number of files and the newest
 * modification time. When, between two scans, something was added, removed or renamed, or a file changed its size or
 * modification time, the digests differ; when nothing changed, they are the same. Anything else than a file or a
 * folder (a symbolic link) fails the scan: policybake makes none, so such an output is not one a build left.
 *
 * <p>This is the cost of a no-change build that grows with the output: one {@code lstat} per file, about a second
 * per 200,000 files on a small machine, spread over the cores.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param digest SHA-256 over the folder tree, in lower-case hexadecimal
     * @param newest the newest modification time of a file, in nanoseconds since the epoch (0 without files)
     * @param coarse true when no file's time has a fraction of a second, as on file systems that keep whole seconds
     */
    record Snapshot(String digest, int files, long newest, boolean coarse) {
    }

    /** Scans {@code out}, its folders on several threads (they mostly wait for the file system). */
    static Snapshot scan(Path out) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            Part p = pool.invoke(new Scan(out, true));
            return new Snapshot(HexFormat.of().formatHex(p.digest()), p.files(), p.newest(),
                    p.files() > 0 && !p.fractions());
        } catch (UncheckedIOException e) {
            Throwable t = e;
            while (t != null && !(t instanceof IOException)) t = t.getCause();
            throw t != null ? (IOException) t : new IOException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** The scan of some entries of a folder: their digest, files, newest time, and whether any time had a fraction. */
    private record Part(byte[] digest, int files, long newest, boolean fractions) {
    }

    /** One folder: its entries in the order the file system lists them, in slices scanned side by side. */
    private static final class Scan extends RecursiveTask<Part> {
        private static final int SLICE = 1024;
        private final Path dir;
        private final boolean top;

        Scan(Path dir, boolean top) {
            this.dir = dir;
            this.top = top;
        }

        @Override
        protected Part compute() {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    if (!(top && p.getFileName().toString().equals(SiteWriter.MARKER))) entries.add(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (entries.size() <= SLICE) return new Slice(entries).compute();
            List<Slice> slices = new ArrayList<>();
            for (int i = 0; i < entries.size(); i += SLICE) {
                slices.add(new Slice(entries.subList(i, Math.min(entries.size(), i + SLICE))));
            }
            invokeAll(slices);
            MessageDigest md = BuildRecord.sha256();
            int files = 0;
            long newest = 0;
            boolean fractions = false;
            for (Slice slice : slices) {
                Part p = slice.join();
                md.update(p.digest());
                files += p.files();
                newest = Math.max(newest, p.newest());
                fractions |= p.fractions();
            }
            return new Part(md.digest(), files, newest, fractions);
        }
    }

    /**
     * Some entries of one folder. The digest follows the file system's order, which stays the same while the folder
     * does not change; if it changed regardless, the digest would differ and the build would run in full, never the
     * other way round.
     */
    private static final class Slice extends RecursiveTask<Part> {
        private final List<Path> entries;

        Slice(List<Path> entries) {
            this.entries = entries;
        }

        @Override
        protected Part compute() {
            try {
                return scan();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Part scan() throws IOException {
            BasicFileAttributes[] attributes = new BasicFileAttributes[entries.size()];
            List<Scan> folders = new ArrayList<>();
            for (int i = 0; i < attributes.length; i++) {
                Path p = entries.get(i);
                attributes[i] = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes[i].isDirectory()) {
                    folders.add(new Scan(p, false));
                } else if (!attributes[i].isRegularFile()) {
                    throw new IOException("neither a file nor a folder: " + p);
                }
            }
            invokeAll(folders);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * attributes.length);
            DataOutputStream data = new DataOutputStream(bytes);
            int files = 0;
            long newest = 0;
            boolean fractions = false;
            int folder = 0;
            for (int i = 0; i < attributes.length; i++) {
                data.write(entries.get(i).getFileName().toString().getBytes(StandardCharsets.UTF_8));
                data.write(0); // names hold no NUL, so the fields cannot run into each other
                if (attributes[i].isDirectory()) {
                    Part sub = folders.get(folder++).join();
                    data.write('d');
                    data.write(sub.digest());
                    files += sub.files();
                    newest = Math.max(newest, sub.newest());
                    fractions |= sub.fractions();
                } else {
                    long modified = attributes[i].lastModifiedTime().to(TimeUnit.NANOSECONDS);
                    data.write('f');
                    data.writeLong(attributes[i].size());
                    data.writeLong(modified);
                    files++;
                    newest = Math.max(newest, modified);
                    fractions |= modified % 1_000_000_000L != 0;
                }
            }
            return new Part(BuildRecord.sha256().digest(bytes.toByteArray()), files, newest, fractions);
        }
    }
}
