package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.policybake.TestSite;

/**
 * {@code check} on every site under {@code src/test/resources/sites/check/}: each has one kind of problem that only
 * the publishing gate finds (or that {@code check} must surface from the build), and fails with exactly the lines in
 * its {@code expected-diagnostics.txt} and exit code 1. Files in a fixture's {@code themes/default/} replace those of
 * the project's theme. The shipped sample site passes with zero problems, also with {@code --strict}.
 */
class CheckSitesIT {

    private static final Path CHECK = Path.of("src/test/resources/sites/check");

    static Stream<String> sites() throws IOException {
        try (Stream<Path> s = Files.list(CHECK)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void reportsExactlyTheExpectedLines(String name, @TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        TestSite.copyTheme(site);
        copy(CHECK.resolve(name), site);
        TestSite.Run run = TestSite.cli("check", "--site", site.toString());

        List<String> lines = new ArrayList<>(run.err().lines().toList());
        String summary = lines.remove(lines.size() - 1);
        List<String> expected = Files.readAllLines(CHECK.resolve(name).resolve("expected-diagnostics.txt"),
                StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", lines), "diagnostics of " + name);
        assertTrue(summary.startsWith("Niet gebouwd: "), summary);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), Files.list(site).filter(p -> p.endsWith("output")).toList(), "check writes nothing");
    }

    @Test
    void theSampleSitePassesWithZeroProblemsAndReportsTheCheckTime() {
        TestSite.Run run = TestSite.cli("check", "--site", ".", "--strict", "--verbose");
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
        assertTrue(Pattern.compile("stages \\(ms\\):.* check=\\d+").matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("0 waarschuwingen"), run.out());
    }

    @Test
    void strictTurnsACheckWarningIntoAnError(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        TestSite.copyTheme(site);
        copy(CHECK.resolve("theme-contrast"), site);
        Files.writeString(site.resolve("themes/default/static/style.css"), ".x { color: hsl(0 0% 10%); }\n");
        TestSite.Run lax = TestSite.cli("check", "--site", site.toString());
        assertEquals(0, lax.exitCode(), lax.err());
        assertTrue(lax.err().contains("themes/default/static/style.css:1: waarschuwing: de kleur 'hsl(0 0% 10%)'"),
                lax.err());
        TestSite.Run strict = TestSite.cli("check", "--site", site.toString(), "--strict");
        assertEquals(1, strict.exitCode(), strict.err());
        assertTrue(strict.err().startsWith("themes/default/static/style.css:1: de kleur 'hsl(0 0% 10%)'"), strict.err());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.equals("expected-diagnostics.txt")) continue;
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
