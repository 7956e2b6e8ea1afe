package nl.policybake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;

class CliTest {

    private static final String SITE = TestSite.SMALL;

    @Test
    void runningOutOfMemoryNamesTheLimitAndHowToRaiseIt() {
        assertEquals("""
                internal error: java.lang.OutOfMemoryError: Java heap space
                policybake needs more memory than the JVM may use (at most 752 MB). With bin/policybake, set a larger \
                heap, e.g. POLICYBAKE_HEAP=2g bin/policybake ...; with java, use -Xmx, e.g. java -Xmx2g -jar \
                policybake.jar .... Please report the site's size.""",
                Cli.outOfMemory(new OutOfMemoryError("Java heap space"), 752L * 1024 * 1024));
        assertTrue(Cli.outOfMemory(new OutOfMemoryError(), 2496L * 1024 * 1024).contains("POLICYBAKE_HEAP=5g"));
    }

    @Test
    void helpOnEveryCommandExitsZero() {
        for (String cmd : new String[] {"build", "serve", "check"}) {
            TestSite.Run run = TestSite.cli(cmd, "--help");
            assertEquals(ExitCode.OK, run.exitCode(), cmd);
            assertTrue(run.out().startsWith("Usage: policybake " + cmd), run.out());
        }
    }

    @Test
    void serveTakesOnlyAnIpAddressToBindTo() {
        for (String bad : new String[] {"mijnlaptop.local", "300.1.1.1"}) {
            TestSite.Run run = TestSite.cli("serve", "--bind", bad);
            assertEquals(ExitCode.USAGE, run.exitCode(), bad);
            assertTrue(run.err().startsWith("Invalid value for option '--bind': '" + bad + "' is not an IP address "
                    + "(for example 127.0.0.1, or 0.0.0.0 for every network)\n"), run.err());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestSite.Run run = TestSite.cli("build", "--snel");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("Unknown option: '--snel'\nUsage: policybake build"), run.err());
    }

    @Test
    void missingCommandIsAUsageError() {
        TestSite.Run run = TestSite.cli();
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("Missing command: build, serve or check."), run.err());
    }

    @Test
    void buildPrintsASummaryAndLeavesDraftsOut(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        TestSite.Run run = TestSite.cli("build", "--site", dir.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().matches("Klaar: 9 pagina's, 1 agenda's, 1 periodes, 1 documenten; 0 waarschuwingen; "
                + "\\d+,\\d s.\\n"), run.out());
        assertTrue(Files.exists(site.output().resolve("regio/2020-2023/plan/index.html")));
        assertTrue(Files.notExists(site.output().resolve("regio/2020-2023/schets")));
    }

    @Test
    void draftsAreBuiltWithTheFlagAndMarked(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE);
        TestSite.Run run = TestSite.cli("build", "--site", dir.toString(), "--drafts");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(site.page("regio/2020-2023/schets/index.html").contains("<p class=\"draft-marker\"><strong>Concept"));
    }

    @Test
    void checkWritesNothingAndReportsErrors(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, SITE + "-- content/regio/2020-2023/kapot.md --\n---\ntitle: Kapot\n---\n");
        TestSite.Run run = TestSite.cli("check", "--site", dir.toString());
        assertEquals(ExitCode.SITE_ERRORS, run.exitCode());
        assertTrue(run.err().startsWith("content/regio/2020-2023/kapot.md:1: de verplichte sleutel 'status' "
                + "ontbreekt of is leeg. Voeg 'status: ...' toe aan de front matter.\n"), run.err());
        assertTrue(Files.notExists(site.output()));
    }

    @Test
    void missingSiteFolderIsReportedInDutch(@TempDir Path dir) {
        TestSite.Run run = TestSite.cli("build", "--site", dir.resolve("nergens").toString());
        assertEquals(ExitCode.SITE_ERRORS, run.exitCode());
        assertTrue(run.err().startsWith("site-config.properties: er is geen site-config.properties in '"), run.err());
    }

    @Test
    void refusesToOverwriteAForeignOutputFolder(@TempDir Path dir) throws IOException {
        TestSite.of(dir, SITE);
        Path foreign = dir.resolve("mijn-map");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.docx"), "belangrijk");
        TestSite.Run run = TestSite.cli("build", "--site", dir.toString(), "--output", foreign.toString());
        assertEquals(ExitCode.SITE_ERRORS, run.exitCode());
        assertTrue(run.err().contains("de uitvoermap '" + foreign + "' bestaat al, is niet leeg en is niet door "
                + "policybake gemaakt (er staat geen .policybake-output in). Kies een lege map met --output, of maak "
                + "deze map leeg."), run.err());
        assertEquals("belangrijk", Files.readString(foreign.resolve("thesis.docx")));
    }
}
