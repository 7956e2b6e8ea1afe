package nl.policybake.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> m = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void writesOnlyChangedFilesAndDeletesTheRest(@TempDir Path out) throws IOException {
        SiteWriter w = new SiteWriter(out);
        assertEquals(new WriteStats(3, 0, 0), w.write(files("index.html", "a", "x/index.html", "b", "y/z.css", "c")));

        WriteStats stats = w.write(files("index.html", "a", "x/index.html", "B"));

        assertEquals(new WriteStats(1, 1, 1), stats);
        assertEquals("B", Files.readString(out.resolve("x/index.html")));
        assertFalse(Files.exists(out.resolve("y")), "the emptied folder is removed too");
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
    }

    @Test
    void anUpdateWritesWhatChangedSinceTheLastWriteAndDeletesWhatIsGone(@TempDir Path out) throws IOException {
        SiteWriter w = new SiteWriter(out);
        Map<String, byte[]> first = files("index.html", "a", "x/index.html", "b", "y/z/p.css", "c");
        w.write(first);
        Files.writeString(out.resolve("index.html"), "met de hand veranderd");
        Map<String, byte[]> next = new TreeMap<>(first);
        next.put("x/index.html", "B".getBytes(StandardCharsets.UTF_8));
        next.remove("y/z/p.css");
        next.put("n/index.html", "nieuw".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("n/index.html", "x/index.html", "y/z/p.css"), w.update(next, first));

        assertEquals("B", Files.readString(out.resolve("x/index.html")));
        assertEquals("nieuw", Files.readString(out.resolve("n/index.html")));
        assertFalse(Files.exists(out.resolve("y")), "folders emptied by the update are removed");
        assertEquals("met de hand veranderd", Files.readString(out.resolve("index.html")),
                "an update trusts its last write and does not read the folder");
        IOException e = assertThrows(IOException.class, () -> w.update(files("../buiten.html", "x"), first));
        assertEquals("output path leaves the output folder: ../buiten.html", e.getMessage());
    }

    @Test
    void refusesAFolderPolicybakeDidNotMake(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("belangrijk.txt"), "niet weggooien");
        assertFalse(new SiteWriter(out).isWritable());
        assertTrue(new SiteWriter(out.resolve("nieuw")).isWritable(), "a missing folder may be created");
    }

    @Test
    void refusesAPathThatLeavesTheOutputFolder(@TempDir Path out) {
        IOException e = assertThrows(IOException.class, () -> new SiteWriter(out).write(files("../buiten.html", "x")));
        assertEquals("output path leaves the output folder: ../buiten.html", e.getMessage());
    }

    @Test
    void aCommittedStagingWritesOnlyChangedFilesAndDeletesTheRest(@TempDir Path out) throws IOException {
        SiteWriter w = new SiteWriter(out);
        w.write(files("index.html", "a", "x/index.html", "b", "y/z.css", "c"));
        Files.setLastModifiedTime(out.resolve("index.html"), java.nio.file.attribute.FileTime.fromMillis(0));

        WriteStats stats;
        try (SiteWriter.Staging staging = w.stage()) {
            staging.put("index.html", "a".getBytes(StandardCharsets.UTF_8));
            staging.put("x/index.html", "B".getBytes(StandardCharsets.UTF_8));
            staging.put("n/m/index.html", "nieuw".getBytes(StandardCharsets.UTF_8));
            assertEquals("b", Files.readString(out.resolve("x/index.html")), "nothing is in place before the commit");
            stats = staging.commit();
        }

        assertEquals(new WriteStats(2, 1, 1), stats);
        assertEquals("B", Files.readString(out.resolve("x/index.html")));
        assertEquals("nieuw", Files.readString(out.resolve("n/m/index.html")));
        assertEquals(0, Files.getLastModifiedTime(out.resolve("index.html")).toMillis(), "an equal file is not touched");
        assertFalse(Files.exists(out.resolve("y")), "the emptied folder is removed too");
        assertEquals(List.of(".policybake-output", "index.html", "n/m/index.html", "x/index.html"), tree(out));
    }

    @Test
    void aStagingClosedWithoutCommitLeavesTheFolderAsItWas(@TempDir Path out) throws IOException {
        SiteWriter w = new SiteWriter(out);
        w.write(files("index.html", "a", "x/index.html", "b"));
        List<String> before = tree(out);

        try (SiteWriter.Staging staging = w.stage()) {
            staging.put("index.html", "A".getBytes(StandardCharsets.UTF_8));
            staging.put("n/m/index.html", "nieuw".getBytes(StandardCharsets.UTF_8));
            IOException e = assertThrows(IOException.class, () -> staging.put("../buiten.html", new byte[0]));
            assertEquals("output path leaves the output folder: ../buiten.html", e.getMessage());
        }

        assertEquals(before, tree(out), "no temporary file and no new folder is left");
        assertEquals("a", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("n")));
    }

    @Test
    void aStagingIntoAMissingFolderClosedWithoutCommitLeavesNoFolder(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site/output");
        try (SiteWriter.Staging staging = new SiteWriter(out).stage()) {
            staging.put("a/index.html", "x".getBytes(StandardCharsets.UTF_8));
        }
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aCommitThatCannotMoveAFileLeavesNoTemporaryFile(@TempDir Path out) throws IOException {
        SiteWriter w = new SiteWriter(out);
        w.write(files("index.html", "a", "x/index.html/blok.txt", "b"));

        try (SiteWriter.Staging staging = w.stage()) {
            staging.put("index.html", "A".getBytes(StandardCharsets.UTF_8));
            // a folder with a file in it stands where the page should go: the move fails
            staging.put("x/index.html", "nieuw".getBytes(StandardCharsets.UTF_8));
            assertThrows(IOException.class, staging::commit);
        }

        try (var s = Files.walk(out)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        assertEquals("b", Files.readString(out.resolve("x/index.html/blok.txt")));
    }

    @Test
    void aStagingIntoAMissingFolderMarksItFirstAndWritesTheFilesInPlace(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site/output");
        WriteStats stats;
        try (SiteWriter.Staging staging = new SiteWriter(out).stage()) {
            assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)), "a killed build leaves a folder the next accepts");
            staging.put("index.html", "a".getBytes(StandardCharsets.UTF_8));
            staging.put("n/m/index.html", "nieuw".getBytes(StandardCharsets.UTF_8));
            stats = staging.commit();
        }

        assertEquals(new WriteStats(2, 0, 0), stats);
        assertEquals("nieuw", Files.readString(out.resolve("n/m/index.html")));
        assertEquals(List.of(".policybake-output", "index.html", "n/m/index.html"), tree(out));
    }

    @Test
    void aStagingIntoAnEmptyFolderClosedWithoutCommitLeavesItEmpty(@TempDir Path out) throws IOException {
        try (SiteWriter.Staging staging = new SiteWriter(out).stage()) {
            staging.put("index.html", "a".getBytes(StandardCharsets.UTF_8));
            staging.put("n/m/index.html", "nieuw".getBytes(StandardCharsets.UTF_8));
        }

        try (var s = Files.list(out)) {
            assertEquals(List.of(), s.toList());
        }
    }

    /** Every file and folder below {@code out}, relative, sorted. */
    private static List<String> tree(Path out) throws IOException {
        try (var s = Files.walk(out)) {
            return s.filter(p -> !p.equals(out) && Files.isRegularFile(p))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
