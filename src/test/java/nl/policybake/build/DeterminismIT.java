package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.output.SiteWriter;
import nl.policybake.output.WriteStats;

/** Same input, same bytes; a second build rewrites nothing; files the build no longer makes disappear. */
class DeterminismIT {

    private static BuildResult build(Path out) {
        return new SiteBuilder().build(new BuildOptions(Path.of("."), out, false, false, true));
    }

    @Test
    void twoBuildsOfTheSampleSiteWriteIdenticalBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        build(a);
        build(b);
        List<String> filesA = files(a);
        assertEquals(filesA, files(b));
        assertTrue(filesA.size() > 30, "files: " + filesA.size());
        for (String f : filesA) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }

    @Test
    void rebuildWithNothingChangedRewritesNoFileAndRemovesStaleOnes(@TempDir Path out) throws IOException {
        BuildResult first = build(out);
        Path index = out.resolve("index.html");
        FileTime stamp = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(index, stamp);
        Files.createDirectories(out.resolve("verouderd"));
        Files.writeString(out.resolve("verouderd/index.html"), "oud");

        BuildResult second = build(out);

        assertEquals(new WriteStats(0, first.files(), 1), second.writeStats());
        assertEquals(stamp, Files.getLastModifiedTime(index), "an unchanged file is not rewritten");
        assertTrue(Files.notExists(out.resolve("verouderd")), "a stale file and its empty folder are removed");
    }

    /** The site's files; not the marker, which holds the record of the build that wrote them, times included. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(f -> !f.equals(SiteWriter.MARKER)).sorted().toList();
        }
    }
}
