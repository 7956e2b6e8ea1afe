package nl.policybake.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.policybake.config.SiteConfig;
import nl.policybake.config.SiteConfigParser;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.FileStamp;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.output.WriteStats;

/**
 * Lets a one-off build skip its work when nothing changed since the build recorded in the site folder ({@link
 * BuildRecord}, kept in {@value #FOLDER}, one per output folder, see {@link #file}): same options, site and output
 * folders, Java runtime and policybake code; the same input files, each with the size and modification time it had, or
 * else the same content; and an output folder in which no file was added, removed, renamed or changed its size or time.
 * Then the build reports the recorded result and writes nothing. Anything else, or any doubt, makes a full build, which
 * records itself when it succeeds. A failed build leaves the record as it was. A record never outlives the output it
 * describes: any build that then writes a file into that output (a {@code serve}, a build with other options) gives the
 * file a later time than the record's, and one that deletes a file changes the folder's digest.
 *
 * <p>The record lives in the site folder, not in the output folder, because it names every source file, drafts
 * included, absolute paths and the warnings: the output folder is published as it is, the site folder is not. The
 * folder {@value #FOLDER} ignores itself for git ({@code .gitignore} holding {@code *}), as caches do.
 *
 * <p>Sizes and times are taken before the files are read, and the hashes from the bytes the build read, so a file
 * changed during a build is seen as changed next time. A file modified less than {@link #RACY_MILLIS} before the
 * build started could change again without its time moving on a coarse clock, so it is compared by content every
 * time; likewise the record is written only when a write after it would give any output file a later time.
 */
final class BuildRecorder {

    /** How close to the start of a build an input's time must be for it to be compared by content. */
    static final long RACY_MILLIS = 2000;
    /** The site's folder for what policybake keeps between builds; never read as input, never published. */
    static final String FOLDER = ".policybake";
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final Path site;
    private final Path out;
    private final Path recordFile;
    private final BuildRecord.Identity identity;
    private final long startMillis;
    private final long startNanos;
    private final Optional<String> theme;
    private Optional<List<FileStamp>> inputs;
    private final Optional<List<FileStamp>> code;
    private final Optional<BuildRecord> previous;
    private final long recordTime;
    private final List<SourceFile> read = new ArrayList<>();
    private List<String> hashes;
    private long checkNanos;

    private BuildRecorder(BuildOptions options, boolean enabled) {
        startNanos = System.nanoTime();
        startMillis = System.currentTimeMillis(); // only for the racy rule above, never in the output
        site = options.site().toAbsolutePath().normalize();
        out = options.output().toAbsolutePath().normalize();
        recordFile = file(site, out);
        identity = new BuildRecord.Identity(site.toString(), out.toString(), options.drafts(), options.strict(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version") + " "
                        + System.getProperty("java.home"));
        theme = enabled ? theme(site) : Optional.empty();
        inputs = theme.flatMap(new SiteLoader(site)::stamps);
        code = enabled ? code() : Optional.empty();
        long time = 0;
        Optional<BuildRecord> record = Optional.empty();
        if (enabled && inputs.isPresent()) {
            try {
                time = Files.getLastModifiedTime(recordFile).to(TimeUnit.NANOSECONDS);
                record = BuildRecord.parse(Files.readString(recordFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                record = Optional.empty(); // no record, or not text: a full build
            }
        }
        previous = record;
        recordTime = time;
        checkNanos = System.nanoTime() - startNanos;
    }

    /** A recorder for a one-off build: it records a build that writes, and not one that only checks. */
    static BuildRecorder open(BuildOptions options) {
        return new BuildRecorder(options, options.write() && !options.verify());
    }

    /** A recorder that neither skips nor records, for the builds of {@code serve}. */
    static BuildRecorder none(BuildOptions options) {
        return new BuildRecorder(options, false);
    }

    /** The recorded result, when nothing changed since the recorded build; then there is nothing to build. */
    Optional<BuildResult> unchanged() {
        long begin = System.nanoTime();
        Optional<BuildResult> result = check();
        checkNanos += System.nanoTime() - begin;
        return result;
    }

    private Optional<BuildResult> check() {
        if (previous.isEmpty() || inputs.isEmpty() || code.isEmpty()) return Optional.empty();
        BuildRecord before = previous.get();
        boolean sameSettings = before.identity().equals(identity) && theme.equals(Optional.of(before.theme()));
        if (!sameSettings) return Optional.empty();
        Optional<List<BuildRecord.Entry>> codeNow = same(before.code(), code.get(), Path::of);
        if (codeNow.isEmpty()) return Optional.empty();
        Optional<List<BuildRecord.Entry>> inputsNow = same(before.inputs(), inputs.get(), site::resolve);
        if (inputsNow.isEmpty()) return Optional.empty();
        try {
            // a later write would have given some output file the record's time or an earlier one
            if (recordTime <= before.output().newest()) return Optional.empty();
            if (!OutputFolder.scan(out).digest().equals(before.output().digest())) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!codeNow.get().equals(before.code()) || !inputsNow.get().equals(before.inputs())) {
            // touched but equal: keep the new times, so the next build need not read these files again
            write(new BuildRecord(identity, before.theme(), codeNow.get(), inputsNow.get(), before.output(),
                    before.outcome()));
        }
        return Optional.of(replay(before));
    }

    /** Takes note of a file the build's loader read: the loader hands on every file it reads. */
    void read(SourceFile file) {
        if (inputs.isPresent() && hashes == null) read.add(file);
    }

    /**
     * Called when loading is done: the files read must be exactly the files listed at the start, or the build will
     * not be recorded (the site changed meanwhile, or the loader read something the listing does not know).
     */
    void loaded() {
        if (inputs.isEmpty()) return;
        Map<String, SourceFile> byPath = new HashMap<>();
        for (SourceFile f : read) byPath.put(f.path(), f);
        List<FileStamp> listed = inputs.get();
        boolean same = byPath.size() == read.size() && byPath.size() == listed.size();
        for (int i = 0; same && i < listed.size(); i++) same = byPath.containsKey(listed.get(i).path());
        read.clear();
        if (!same) {
            inputs = Optional.empty();
            return;
        }
        hashes = listed.parallelStream().map(s -> BuildRecord.hash(byPath.get(s.path()).bytes())).toList();
    }

    /**
     * Records {@code result} in the site folder when the build succeeded and wrote it; the result with the time
     * this took. Recording is best effort: when it fails, the next build is a full one.
     */
    BuildResult save(BuildResult result) {
        if (hashes == null || code.isEmpty() || !result.isOk()) return result;
        long begin = System.nanoTime();
        try {
            List<BuildRecord.Entry> codeEntries = new ArrayList<>();
            for (FileStamp s : code.get()) {
                codeEntries.add(entry(s, BuildRecord.hash(Files.readAllBytes(Path.of(s.path())))));
            }
            List<BuildRecord.Entry> inputEntries = new ArrayList<>();
            for (int i = 0; i < hashes.size(); i++) inputEntries.add(entry(inputs.get().get(i), hashes.get(i)));
            OutputFolder.Snapshot snapshot = OutputFolder.scan(out);
            settle(snapshot);
            boolean written = write(new BuildRecord(identity, theme.orElseThrow(), codeEntries, inputEntries,
                    new BuildRecord.Output(snapshot.files(), snapshot.newest(), snapshot.digest()), outcome(result)));
            if (!written) return result;
        } catch (IOException e) {
            return result; // the record before, if any, describes another output: a full build next time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result;
        }
        long millis = (System.nanoTime() - begin) / NANOS_PER_MILLI;
        Map<String, Long> stages = new LinkedHashMap<>(result.stageMillis());
        stages.put("record", (checkNanos + System.nanoTime() - begin) / NANOS_PER_MILLI);
        return new BuildResult(result.diagnostics(), result.files(), result.pages(), result.agendas(),
                result.periods(), result.documents(), result.writeStats(), result.millis() + millis, stages,
                result.changed());
    }

    /**
     * Waits until a file written now would get a later time than every output file has, so that a change made after
     * the record is written always shows: 50 ms at most, two seconds on a file system that keeps whole seconds.
     */
    private static void settle(OutputFolder.Snapshot snapshot) throws InterruptedException {
        long grace = snapshot.coarse() ? 2000 : 50;
        long wait = snapshot.newest() / NANOS_PER_MILLI + grace - System.currentTimeMillis();
        if (wait > 0) Thread.sleep(wait);
    }

    private BuildRecord.Entry entry(FileStamp s, String hash) {
        boolean racy = s.modified() > (startMillis - RACY_MILLIS) * NANOS_PER_MILLI;
        return new BuildRecord.Entry(s.path(), s.size(), s.modified(), racy, hash);
    }

    /**
     * The current entries when {@code now} holds the recorded files and each has its recorded size and time, or else
     * the same content; empty when a file was added, removed or changed.
     */
    private Optional<List<BuildRecord.Entry>> same(List<BuildRecord.Entry> recorded, List<FileStamp> now,
                                                   Function<String, Path> where) {
        if (recorded.size() != now.size()) return Optional.empty();
        List<BuildRecord.Entry> current = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            BuildRecord.Entry r = recorded.get(i);
            FileStamp s = now.get(i);
            if (!r.path().equals(s.path()) || r.size() != s.size()) return Optional.empty();
            if (s.modified() == r.modified() && !r.racy()) {
                current.add(r);
                continue;
            }
            try {
                String hash = BuildRecord.hash(Files.readAllBytes(where.apply(s.path())));
                if (!hash.equals(r.hash())) return Optional.empty();
                current.add(entry(s, hash));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    private BuildResult replay(BuildRecord record) {
        BuildRecord.Outcome o = record.outcome();
        Diagnostics diags = new Diagnostics(Messages.forLanguage(o.language()), identity.strict());
        o.warnings().forEach(diags::replay);
        long millis = (System.nanoTime() - startNanos) / NANOS_PER_MILLI;
        return new BuildResult(diags, record.output().files(), o.pages(), o.agendas(), o.periods(), o.documents(),
                new WriteStats(0, record.output().files(), 0), millis, Map.of("unchanged", millis), List.of());
    }

    private static BuildRecord.Outcome outcome(BuildResult r) {
        Diagnostics d = r.diagnostics();
        return new BuildRecord.Outcome(d.messages().language(), r.pages(), r.agendas(), r.periods(), r.documents(),
                d.sorted());
    }

    /**
     * The record of the builds of {@code site} into {@code out} (both absolute and normal): named by a hash of the
     * output folder's path, so that building one site into two folders keeps the record of each.
     */
    static Path file(Path site, Path out) {
        String name = BuildRecord.hash(out.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return site.resolve(FOLDER).resolve("build-" + name);
    }

    /**
     * Writes {@code record} into {@link #file}, whole or not at all, making the folder when it is missing; false when
     * it could not be written.
     */
    private boolean write(BuildRecord record) {
        Path tmp = recordFile.resolveSibling(recordFile.getFileName() + ".tmp");
        try {
            Path folder = recordFile.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                String ignore = "# policybake's build records: not part of the site\n*\n";
                Files.writeString(folder.resolve(".gitignore"), ignore, StandardCharsets.UTF_8);
            }
            Files.writeString(tmp, record.format(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, recordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, recordFile, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for the next record's write to replace
            }
            return false;
        }
    }

    /** The theme the config names, read as the build will read it; empty when the config has errors. */
    private static Optional<String> theme(Path site) {
        try {
            String text = SiteConfigParser.decode(Files.readAllBytes(site.resolve(SiteLoader.CONFIG)));
            Diagnostics scratch = new Diagnostics(Messages.forLanguage("nl"), false);
            SiteConfig config = new SiteConfigParser().parse(text, scratch);
            return scratch.hasErrors() ? Optional.empty() : Optional.of(config.theme());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The files the policybake code runs from: the jar, or every file of a classes folder (in development, where
     * the libraries' jars are named by version and so not stamped); empty when they cannot be found.
     */
    private static Optional<List<FileStamp>> code() {
        CodeSource source = BuildRecorder.class.getProtectionDomain().getCodeSource();
        if (source == null) return Optional.empty();
        try {
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (a.isRegularFile()) return Optional.of(List.of(FileStamp.of(path.toString(), a)));
            List<FileStamp> stamps = new ArrayList<>();
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted().toList()) {
                    BasicFileAttributes fa = Files.readAttributes(p, BasicFileAttributes.class);
                    if (fa.isRegularFile()) stamps.add(FileStamp.of(p.toString(), fa));
                }
            }
            return Optional.of(stamps);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // a code location that is not a local file: never skip
        }
    }
}
