package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;
import nl.policybake.preview.PreviewServer;

/**
 * The publishing gate in a real browser and the Nu Html Checker, on the sample site (and, for the comparison page
 * and the period switcher on a document, on {@code sites/browser-compare}): runs {@code browser-tests/run.mjs} in
 * headless Chromium (filters, search, switcher, no foreign request, no JavaScript error, axe-core WCAG 2.0/2.1 A and
 * AA on every kind of page at two widths) and {@code vnu.jar --errors-only} over the built pages. The results make
 * {@link #RESULTS}, the table of the accessibility statement: the test fails when the fresh results differ from the
 * committed file and says how to regenerate it. Needs node, {@code npm ci} in {@code browser-tests/} and Debian's
 * chromium; {@code .ci/run} installs them and sets {@code POLICYBAKE_BROWSER_TESTS=required}, so in CI a missing
 * piece fails the test. On a machine without them the test is skipped and says what is missing.
 */
class BrowserIT {

    private static final Path SCRIPT = Path.of("browser-tests/run.mjs");
    private static final Path VNU = Path.of("browser-tests/node_modules/vnu-jar/build/dist/vnu.jar");
    static final Path RESULTS = Path.of("content/data/toegankelijkheid-toetsing.csv");
    static final String UPDATE = "POLICYBAKE_UPDATE_STATEMENT";

    @Test
    void theSitePassesTheBrowserTestsAxeAndTheHtmlChecker(@TempDir Path tmp) throws IOException, InterruptedException {
        String missing = missing();
        if (!missing.isEmpty()) {
            assertTrue(!"required".equals(System.getenv("POLICYBAKE_BROWSER_TESTS")),
                    "browser tests are required here, but " + missing);
            Assumptions.abort("browser tests skipped: " + missing);
        }
        Path out = tmp.resolve("sample");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), out, false, false, true));
        assertEquals("", String.join("\n", TestSite.lines(result)));
        Path compare = tmp.resolve("compare");
        TestSite.copyTheme(compare);
        copy(Path.of("src/test/resources/sites/browser-compare"), compare);
        BuildResult compared = new SiteBuilder().build(new BuildOptions(compare, compare.resolve("output"), false,
                false, true));
        assertEquals("", String.join("\n", TestSite.lines(compared)));
        Path axe = tmp.resolve("axe.json");
        try (PreviewServer server = PreviewServer.start(out, 0);
             PreviewServer other = PreviewServer.start(compare.resolve("output"), 0)) {
            String output = run(List.of("node", SCRIPT.toString(), server.url(), other.url(), axe.toString()));
            assertTrue(output.contains("all browser checks passed"), output);
        }
        String vnu = run(List.of("java", "-jar", VNU.toString(), "--errors-only", "--skip-non-html", out.toString()));
        assertEquals("", vnu.strip(), "the Nu Html Checker reports errors");
        statement(Files.readString(axe), countPages(out));
    }

    /** The results table of the statement from this run, compared with (or, on request, written to) the file. */
    private static void statement(String axeJson, long pages) throws IOException {
        String axeVersion = field(axeJson, "\"axe\": \"([^\"]+)\"");
        int rules = axeJson.substring(axeJson.indexOf("\"rules\""), axeJson.indexOf("]", axeJson.indexOf("\"rules\"")))
                .split(",").length;
        String vnuVersion = field(Files.readString(Path.of("browser-tests/package.json")), "\"vnu-jar\": \"([^\"]+)\"");
        long runs = Pattern.compile("\"label\": \"desktop\"").matcher(axeJson).results().count();
        long violations = Pattern.compile("\"violations\": [1-9]").matcher(axeJson).results().count();
        String fresh = "Toets;Pagina's;Regels;Fouten\n"
                + "policybake check: links, koppen, tabellen, tekstalternatieven, status, kleurcontrast, CSP;" + pages + ";;0\n"
                + "axe-core " + axeVersion + " in Chromium, WCAG 2.0 en 2.1 A en AA, 1280 px breed;" + runs + ";" + rules
                + ";" + violations + "\n"
                + "axe-core " + axeVersion + " in Chromium, WCAG 2.0 en 2.1 A en AA, 390 px breed;" + runs + ";" + rules
                + ";" + violations + "\n"
                + "Nu Html Checker (vnu-jar " + vnuVersion + "), HTML-fouten;" + pages + ";;0\n";
        if ("true".equals(System.getenv(UPDATE))) Files.writeString(RESULTS, fresh, StandardCharsets.UTF_8);
        assertEquals(fresh, Files.readString(RESULTS, StandardCharsets.UTF_8), "the test results in " + RESULTS
                + " are out of date: regenerate them with " + UPDATE + "=true POLICYBAKE_BROWSER_TESTS=required "
                + "mvn -o test -Dtest=BrowserIT, review the diff and set 'date' in content/toegankelijkheid.md");
    }

    private static String field(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " not found");
        return m.group(1);
    }

    private static long countPages(Path out) throws IOException {
        try (var s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String output = new String(bytes, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(done, command.get(0) + " did not finish in 5 minutes:\n" + output);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
    }

    static String missing() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) return chromium + " is not installed (Debian package chromium)";
        if (!Files.isDirectory(Path.of("browser-tests/node_modules/playwright-core")) || !Files.exists(VNU)) {
            return "browser-tests/node_modules is missing (run npm ci --prefix browser-tests)";
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) return "node does not run";
        } catch (IOException | InterruptedException e) {
            return "node is not installed";
        }
        return "";
    }
}
