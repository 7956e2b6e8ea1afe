package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.policybake.TestSite;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SiteLoader;
import nl.policybake.load.SourceFile;
import nl.policybake.output.SiteWriter;
import nl.policybake.output.WriteStats;

/**
 * The build record in the output folder: a one-off build with nothing changed writes nothing and reports what the
 * recorded build reported; any change to the inputs, options, code or output makes a full build whose output is the
 * clean build's; a record that is not ours or not whole is ignored.
 */
class BuildRecordIT {

    /** The small site with a heading in the plan and an evaluation, each a warning the record must replay. */
    private static final String SITE = TestSite.SMALL + """
            -- content/regio/2020-2023/plan.md --
            ---
            title: Plan
            status: gepubliceerd
            ---
            # Plan

            Tekst.
            -- content/regio/2020-2023/evaluatie.md --
            ---
            title: Evaluatie
            status: gepubliceerd
            ---
            # Evaluatie \\ 2021

            Tekst.
            """;

    /** Long ago, so that no input counts as just modified (then it would be compared by content every time). */
    private static final FileTime OLD = FileTime.fromMillis(1_500_000_000_000L);

    @TempDir
    Path dir;
    TestSite site;
    Path out;

    @BeforeEach
    void writeSite() throws IOException {
        site = TestSite.of(dir, SITE);
        out = site.output();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, OLD);
        }
    }

    private TestSite.Run build(String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--verbose", "--site", dir.toString()));
        args.addAll(List.of(options));
        return TestSite.cli(args.toArray(String[]::new));
    }

    /** The printed lines without the stage times and the seconds, which differ from run to run. */
    private static String report(TestSite.Run run) {
        String out = run.out().lines().filter(l -> !l.startsWith("stages (ms):")).reduce("", (a, b) -> a + b + "\n");
        return (out + run.err()).replaceAll("\\d+,\\d s\\.", "N s.");
    }

    private static boolean skipped(TestSite.Run run) {
        return run.out().startsWith("stages (ms): unchanged=");
    }

    @Test
    void secondBuildWritesNothingAndPrintsTheSameReportWarningsIncluded() throws IOException {
        TestSite.Run first = build();
        Map<String, String> written = stamps(out);
        String record = Files.readString(recordFile());

        TestSite.Run second = build();

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("""
                Klaar: 10 pagina's, 1 agenda's, 1 periodes, 2 documenten; 2 waarschuwingen; N s.
                content/regio/2020-2023/evaluatie.md:5: waarschuwing: kop van niveau 1 'Evaluatie \\ 2021' in de \
                tekst; de titel is al de enige kop van niveau 1. Begin koppen in de tekst met '##'.
                content/regio/2020-2023/plan.md:5: waarschuwing: kop van niveau 1 'Plan' in de tekst; de titel is \
                al de enige kop van niveau 1. Begin koppen in de tekst met '##'.
                """, report(first));
        assertFalse(skipped(first), first.out());
        assertTrue(skipped(second), second.out());
        assertEquals(report(first), report(second));
        assertEquals(first.exitCode(), second.exitCode());
        assertEquals(written, stamps(out), "no output file was written");
        assertEquals(record, Files.readString(recordFile()), "the record was kept as it was");
    }

    /** The output folder is published as it is: the record, which names drafts and warnings, stays in the site. */
    @Test
    void theRecordIsKeptInTheSiteFolderIgnoredByGitAndTheOutputNamesNoDraft() throws IOException {
        build();

        assertEquals("", Files.readString(out.resolve(SiteWriter.MARKER)), "the marker only marks the folder");
        assertTrue(Files.readString(recordFile()).contains("content/regio/2020-2023/schets.md"));
        assertEquals(List.of("*"), Files.readAllLines(dir.resolve(BuildRecorder.FOLDER + "/.gitignore")).stream()
                .filter(l -> !l.startsWith("#")).toList());
        for (Map.Entry<String, String> f : files(out).entrySet()) {
            boolean namesDraft = f.getKey().contains("schets") || f.getValue().contains("schets");
            assertFalse(namesDraft, f.getKey() + " names a draft");
            assertFalse(f.getValue().contains(dir.toString()), f.getKey() + " names the site folder");
        }
    }

    @Test
    void aSkippedBuildReportsNoFileWrittenAndEveryFileUnchanged() {
        BuildResult first = site.build();
        BuildResult second = site.build();

        assertEquals(new WriteStats(0, first.files(), 0), second.writeStats());
        assertEquals(java.util.Set.of("unchanged"), second.stageMillis().keySet(), "nothing was rendered");
        assertEquals(TestSite.lines(first), TestSite.lines(second));
        assertEquals(List.of(first.pages(), first.agendas(), first.periods(), first.documents()),
                List.of(second.pages(), second.agendas(), second.periods(), second.documents()));
    }

    @Test
    void touchingAnInputWithoutChangingItStillSkipsAndTheRecordKeepsTheNewTime() throws IOException {
        build();
        Path plan = dir.resolve("content/regio/2020-2023/plan.md");
        FileTime touched = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(plan, touched);
        Files.setLastModifiedTime(dir.resolve("themes/default/templates/base.peb"), touched);

        TestSite.Run run = build();

        assertTrue(skipped(run), run.out());
        BuildRecord record = record();
        assertEquals(touched.to(TimeUnit.NANOSECONDS), record.inputs().stream()
                .filter(e -> e.path().equals("content/regio/2020-2023/plan.md")).findFirst().orElseThrow().modified());
        assertTrue(skipped(build()));
    }

    @Test
    void aFileTheLoaderIgnoresDoesNotCount() throws IOException {
        build();
        Files.writeString(dir.resolve("content/regio/.aantekeningen.md"), "niet voor de site");
        Files.writeString(dir.resolve("content/regio/~$plan.xlsx"), "Excel's slot");
        Files.writeString(dir.resolve("notities.txt"), "buiten content/");

        assertTrue(skipped(build()));
    }

    /** Each change to the site, its options, the code or the output, followed by a build that must not skip. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content edited, same size", "content edited, same size and time, just written",
            "content added", "content deleted", "theme edited", "config edited", "drafts", "output file deleted",
            "stray output file", "stray output folder", "output file edited in place", "code changed",
            "runtime changed"})
    void aChangeMakesAFullBuildWithTheCleanBuildsOutput(String change) throws IOException {
        assertEquals(0, build().exitCode());
        List<String> options = new ArrayList<>();
        change(change, options);

        TestSite.Run run = build(options.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(skipped(run), run.out());
        Path clean = dir.resolve("clean");
        new SiteBuilder().build(new BuildOptions(dir, clean, options.contains("--drafts"), false, true));
        assertEquals(files(clean), files(out), "the output of a clean build");
        assertTrue(skipped(build(options.toArray(String[]::new))), "the full build recorded itself");
    }

    private void change(String change, List<String> options) throws IOException {
        Path plan = dir.resolve("content/regio/2020-2023/plan.md");
        switch (change) {
            case "content edited, same size" -> replace(plan, "Tekst.", "Tekst!");
            case "content edited, same size and time, just written" -> {
                // written just before the last build: its time may not move on a coarse clock, so it is read again
                Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis()));
                assertEquals(0, build().exitCode());
                FileTime time = Files.getLastModifiedTime(plan);
                replace(plan, "Tekst.", "Tekst!");
                Files.setLastModifiedTime(plan, time);
            }
            case "content added" -> Files.writeString(plan.resolveSibling("nieuw.md"),
                    "---\ntitle: Nieuw\nstatus: gepubliceerd\n---\nNieuw.\n");
            case "content deleted" -> Files.delete(dir.resolve("content/regio/2020-2023/evaluatie.md"));
            case "theme edited" -> Files.writeString(dir.resolve("themes/default/static/style.css"),
                    "\n.nieuw { color: #000; }\n", StandardOpenOption.APPEND);
            case "config edited" -> replace(dir.resolve("site-config.properties"), "Testregio", "Proefregio");
            case "drafts" -> options.add("--drafts");
            case "output file deleted" -> Files.delete(out.resolve("regio/2020-2023/plan/index.html"));
            case "stray output file" -> Files.writeString(out.resolve("regio/oud.html"), "oud");
            case "stray output folder" -> Files.createDirectories(out.resolve("regio/oud"));
            case "output file edited in place" -> {
                Path page = out.resolve("regio/2020-2023/plan/index.html");
                byte[] bytes = Files.readAllBytes(page);
                bytes[bytes.length - 2] = 'X';
                Files.write(page, bytes);
            }
            case "code changed" -> rewriteRecord(r -> new BuildRecord(r.identity(), r.theme(), r.code().stream()
                    .map(e -> new BuildRecord.Entry(e.path(), e.size(), e.modified() - 1, false, "0".repeat(64)))
                    .toList(), r.inputs(), r.output(), r.outcome()));
            case "runtime changed" -> rewriteRecord(r -> new BuildRecord(new BuildRecord.Identity(r.identity().site(),
                    r.identity().output(), false, false, "Andere Java 11"), r.theme(), r.code(), r.inputs(),
                    r.output(), r.outcome()));
            default -> throw new IllegalArgumentException(change);
        }
    }

    @Test
    void draftsAndBackAgainMakeTwoFullBuilds() throws IOException {
        build();
        TestSite.Run withDrafts = build("--drafts");
        assertFalse(skipped(withDrafts));
        assertTrue(Files.exists(out.resolve("regio/2020-2023/schets/index.html")));

        TestSite.Run without = build();

        assertFalse(skipped(without));
        assertTrue(Files.notExists(out.resolve("regio/2020-2023/schets")), "the draft is gone again");
    }

    /** A file broken and then restored byte for byte (with a new time): the failed build changes nothing. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content/regio/2020-2023/plan.md", "site-config.properties",
            "themes/default/templates/base.peb"})
    void aFailedBuildLeavesOutputAndRecordAsTheyWereAndTheRepairSkips(String file) throws IOException {
        TestSite.Run good = build();
        Path path = dir.resolve(file);
        byte[] original = Files.readAllBytes(path);
        Map<String, String> before = stamps(out);
        byte[] record = Files.readAllBytes(recordFile());
        String error = switch (file) {
            case "content/regio/2020-2023/plan.md" -> {
                Files.writeString(path, "---\ntitle: Plan\n---\nGeen status.\n");
                yield "\ncontent/regio/2020-2023/plan.md:1: de verplichte sleutel 'status' ontbreekt";
            }
            case "site-config.properties" -> {
                Files.writeString(path, "site.titel = Tikfout\n", StandardOpenOption.APPEND);
                yield "site-config.properties:6: onbekende instelling 'site.titel'";
            }
            default -> {
                Files.writeString(path, "{{ pagina.titel }}");
                yield "themes/default/templates/base.peb:1: ";
            }
        };

        TestSite.Run failed = build();

        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains(error), failed.err());
        assertEquals(before, stamps(out));
        assertArrayEquals(record, Files.readAllBytes(recordFile()));

        Files.write(path, original);

        TestSite.Run repaired = build();
        assertTrue(skipped(repaired), repaired.out());
        assertEquals(report(good), report(repaired));
    }

    @Test
    void aMissingConfigFailsAndKeepsTheRecord() throws IOException {
        build();
        byte[] record = Files.readAllBytes(recordFile());
        Path config = dir.resolve("site-config.properties");
        Files.move(config, dir.resolve("weg.properties"));

        TestSite.Run failed = build();

        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().startsWith("site-config.properties: er is geen site-config.properties in '"),
                failed.err());
        assertArrayEquals(record, Files.readAllBytes(recordFile()));
    }

    @Test
    void aStrictBuildWithWarningsFailsAndKeepsTheRecord() throws IOException {
        build();
        byte[] record = Files.readAllBytes(recordFile());

        TestSite.Run strict = build("--strict");

        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("Niet gebouwd: 2 fouten, 0 waarschuwingen"), strict.err());
        assertArrayEquals(record, Files.readAllBytes(recordFile()));
        assertTrue(skipped(build()), "the record of the build without --strict still applies");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "foreign text", "binary", "cut off", "edited", "other version"})
    void aRecordThatIsNotWholeOrNotOursIsIgnored(String kind) throws IOException {
        build();
        Path file = recordFile();
        String text = Files.readString(file);
        switch (kind) {
            case "empty" -> Files.writeString(file, "");
            case "foreign text" -> Files.writeString(file, "Hier stond iets anders.\n");
            case "binary" -> Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
            case "cut off" -> Files.writeString(file, text.substring(0, text.length() / 2));
            case "edited" -> Files.writeString(file, text.replace("summary\tnl\t", "summary\tnl\t1"));
            case "other version" -> Files.writeString(file, text.replace("record\t1", "record\t2"));
            default -> throw new IllegalArgumentException(kind);
        }

        TestSite.Run run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(skipped(run), run.out());
        assertTrue(skipped(build()), "the full build wrote a good record");
    }

    @Test
    void aSymbolicLinkInTheOutputMakesAFullBuildThatRemovesIt() throws IOException {
        build();
        Path link = out.resolve("regio/link.html");
        Files.createSymbolicLink(link, out.resolve("index.html"));

        TestSite.Run run = build();

        assertFalse(skipped(run), run.out());
        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void checkAndServeNeverSkipAndLeaveTheRecordAlone() throws IOException {
        build();
        Path file = recordFile();
        String record = Files.readString(file);

        TestSite.Run check = TestSite.cli("check", "--verbose", "--site", dir.toString());
        assertFalse(skipped(check), check.out());
        assertTrue(check.out().contains(" check="), check.out());
        BuildResult serve = SiteBuilder.incremental().build(new BuildOptions(dir, out, false, false, true));
        assertTrue(serve.files() > 0 && !serve.stageMillis().containsKey("unchanged"), "the incremental builder built");

        assertEquals(record, Files.readString(file));
        assertTrue(skipped(build()), "serve wrote the same output, so the record still holds");
    }

    /** The record stays where it is when another build writes the output: the output's own state tells. */
    @Test
    void aServeThatWroteTheOutputMakesTheNextBuildFullEvenWithTheInputsAsRecorded() throws IOException {
        build();
        Path plan = dir.resolve("content/regio/2020-2023/plan.md");
        byte[] original = Files.readAllBytes(plan);
        replace(plan, "Tekst.", "Bewerkt in de voorvertoning.");
        SiteBuilder.incremental().build(new BuildOptions(dir, out, false, false, true));
        Files.write(plan, original);
        Files.setLastModifiedTime(plan, OLD);

        TestSite.Run run = build();

        assertFalse(skipped(run), run.out());
        Path clean = dir.resolve("clean");
        new SiteBuilder().build(new BuildOptions(dir, clean, false, false, true));
        assertEquals(files(clean), files(out), "the output of a clean build");
    }

    @Test
    void aBuildWhoseFilesChangedWhileItReadThemIsNotRecorded() throws IOException {
        BuildResult built = site.build();
        Path file = recordFile();
        Files.delete(file);
        BuildRecorder recorder = BuildRecorder.open(new BuildOptions(dir, out, false, false, true));
        Files.writeString(dir.resolve("content/regio/2020-2023/laat.md"), "---\ntitle: Laat\n---\n");
        loaded(recorder);

        BuildResult saved = recorder.save(built);

        assertEquals(built.stageMillis(), saved.stageMillis(), "no 'record' stage: nothing was recorded");
        assertFalse(Files.exists(file), "no record was written");
    }

    @Test
    void aFileTheLoaderReadsButTheListingDoesNotKnowPreventsTheRecord() throws IOException {
        BuildResult built = site.build();
        Path file = recordFile();
        Files.delete(file);
        BuildRecorder recorder = BuildRecorder.open(new BuildOptions(dir, out, false, false, true));
        recorder.read(new SourceFile("data/nieuwe-soort-invoer.json", new byte[] {'{', '}'}));
        loaded(recorder);

        BuildResult saved = recorder.save(built);

        assertEquals(built.stageMillis(), saved.stageMillis(), "no 'record' stage: nothing was recorded");
        assertFalse(Files.exists(file));
    }

    @Test
    void aRecordThatCannotBeWrittenIsLeftOutAndTheBuildStillSucceeds() throws IOException {
        BuildResult built = site.build();
        Path folder = dir.resolve(BuildRecorder.FOLDER);
        BuildRecorder recorder = BuildRecorder.open(new BuildOptions(dir, out, false, false, true));
        loaded(recorder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(folder);
        Files.writeString(folder, "een bestand waar de map hoort"); // so the record's folder cannot be made

        BuildResult saved = recorder.save(built);

        assertTrue(saved.isOk());
        assertEquals(built.stageMillis(), saved.stageMillis(), "no 'record' stage: nothing was recorded");
        assertEquals("een bestand waar de map hoort", Files.readString(folder));
        TestSite.Run next = build();
        assertEquals(0, next.exitCode(), next.err());
        assertFalse(skipped(next), next.out());
    }

    /** Tells {@code recorder} what a build of the site as it is now reads. */
    private void loaded(BuildRecorder recorder) {
        SiteLoader loader = new SiteLoader(dir, recorder::read);
        Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
        loader.config(diags);
        loader.content(diags);
        loader.theme("default", diags);
        recorder.loaded();
        assertEquals(0, diags.errorCount());
    }

    /** Where the builds of the site into {@link #out} keep their record. */
    private Path recordFile() {
        return BuildRecorder.file(dir.toAbsolutePath().normalize(), out.toAbsolutePath().normalize());
    }

    private BuildRecord record() throws IOException {
        return BuildRecord.parse(Files.readString(recordFile())).orElseThrow();
    }

    private void rewriteRecord(UnaryOperator<BuildRecord> edit) throws IOException {
        Files.writeString(recordFile(), edit.apply(record()).format());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Every file and folder below {@code root} but the marker, with its size and time. */
    private static Map<String, String> stamps(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().equals(SiteWriter.MARKER)) continue;
                m.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    /** Every file and folder below {@code root} but the marker, with its content. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().equals(SiteWriter.MARKER)) continue;
                m.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder"
                        : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }
}
