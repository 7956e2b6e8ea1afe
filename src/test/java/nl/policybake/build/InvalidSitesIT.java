package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.policybake.TestSite;
import nl.policybake.output.SiteWriter;

/**
 * Every site under {@code src/test/resources/sites/invalid/} fails to build with exactly the lines in its
 * {@code expected-diagnostics.txt}, exit code 1, and leaves an earlier output folder exactly as it was.
 * {@code args.txt}, when present, adds command-line options (e.g. {@code --strict}).
 */
class InvalidSitesIT {

    private static final Path INVALID = Path.of("src/test/resources/sites/invalid");

    static Stream<String> sites() throws IOException {
        try (Stream<Path> s = Files.list(INVALID)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void reportsExactDiagnosticsAndLeavesOutputAlone(String name, @TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        copy(INVALID.resolve(name), site);
        TestSite.copyTheme(site);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("oud"));
        Files.write(out.resolve(SiteWriter.MARKER), new byte[0]);
        Files.writeString(out.resolve("index.html"), "vorige build");
        Files.writeString(out.resolve("oud/index.html"), "blijft staan");
        Map<String, String> before = TestSite.readTree(out);

        List<String> args = new ArrayList<>(List.of("build", "--site", site.toString(), "--output", out.toString()));
        Path argsFile = INVALID.resolve(name).resolve("args.txt");
        if (Files.exists(argsFile)) args.addAll(Arrays.asList(Files.readString(argsFile).strip().split("\\s+")));
        TestSite.Run run = TestSite.cli(args.toArray(String[]::new));

        List<String> lines = new ArrayList<>(run.err().lines().toList());
        String summary = lines.remove(lines.size() - 1);
        List<String> expected = Files.readAllLines(INVALID.resolve(name).resolve("expected-diagnostics.txt"),
                StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", lines), "diagnostics of " + name);
        assertTrue(summary.startsWith("Niet gebouwd: ") || summary.startsWith("Not built: "), summary);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(before, TestSite.readTree(out), "the earlier output must be untouched");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.equals("expected-diagnostics.txt") || rel.equals("args.txt")) continue;
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
    }
}
