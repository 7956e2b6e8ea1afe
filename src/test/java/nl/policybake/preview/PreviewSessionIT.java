package nl.policybake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.IncrementalBuildIT;
import nl.policybake.build.SiteBuilder;
import nl.policybake.diag.Diagnostic;

/**
 * {@code serve} as an editor uses it, against a running session on a random port: saving a file reloads the open
 * pages it changed, folders created, renamed and deleted while it runs are followed, a failed build shows its
 * problems on every page until it is fixed, the event stream refuses other origins, and after random changes
 * made on disk (seen by the watcher, not told) the output equals a clean build.
 */
class PreviewSessionIT {

    private static final String DOC = "content/west-brabant-west/2018-2021/tussentijdse-evaluatie.md";
    private static final String DOC_URL = "/west-brabant-west/2018-2021/tussentijdse-evaluatie/";

    @TempDir
    Path tmp;
    Path site;
    PreviewSession session;
    final List<BuildResult> results = new ArrayList<>();
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        site = tmp.resolve("site");
        IncrementalBuildIT.Fixture.copy(site);
        session = new PreviewSession(new BuildOptions(site, tmp.resolve("out"), true, false, true), r -> {
            synchronized (results) {
                results.add(r);
            }
        });
        BuildResult first = session.start(InetAddress.getLoopbackAddress(), 0);
        assertTrue(first.isOk(), () -> first.diagnostics().sorted().toString());
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(session.server().url() + path.substring(1)));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Listens on the event stream; the queue gets each reload event's data. */
    private BlockingQueue<String> listen() throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest r = HttpRequest.newBuilder(URI.create(session.server().url() + "__policybake/events")).build();
        String[] event = {""};
        client.sendAsync(r, HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> resp.body().forEach(line -> {
            if (line.startsWith("event: ")) event[0] = line.substring(7);
            if (line.startsWith("data: ")) events.add(event[0] + " " + line.substring(6));
        }));
        for (int i = 0; i < 100 && session.server().listeners() == 0; i++) Thread.sleep(20);
        assertEquals(1, session.server().listeners());
        assertEquals("hello {\"builds\":1}", events.poll(10, TimeUnit.SECONDS), "a page learns how many builds there were");
        return events;
    }

    private void append(String path, String text) throws IOException {
        Path f = site.resolve(path);
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private BuildResult settle() throws InterruptedException {
        assertTrue(session.awaitIdle(300, 60_000), "the preview did not settle");
        synchronized (results) {
            return results.get(results.size() - 1);
        }
    }

    @Test
    void savingADocumentReloadsItsPagesAndOpensIt() throws Exception {
        BlockingQueue<String> events = listen();
        append(DOC, "\nEen zin die de redacteur net schreef.\n");
        String event = events.poll(30, TimeUnit.SECONDS);
        assertNotNull(event, "no reload event");
        assertEquals("reload {\"builds\":2,\"all\":false,\"pages\":[\"" + DOC_URL + "\"],\"focus\":\"" + DOC_URL + "\"}",
                event, "the saved document's page comes first");
        HttpResponse<String> page = get(DOC_URL);
        assertEquals("reload {\"builds\":2,\"all\":false,\"pages\":[\"/west-brabant-west/2018-2021/afdrukken/\"]}",
                events.poll(30, TimeUnit.SECONDS), "then the rest of its period, in the same build and without focus");
        assertTrue(page.body().contains("Een zin die de redacteur net schreef."));
        assertTrue(page.body().contains("<script src=\"/__policybake/live.js?builds=2\" defer></script>"),
                "the preview script, with the number of builds the page has seen");
        settle();
        Path onDisk = tmp.resolve("out").resolve(DOC_URL.substring(1)).resolve("index.html");
        assertFalse(Files.readString(onDisk).contains("__policybake"), "the built files stay as a build makes them");
    }

    @Test
    void followsFoldersCreatedRenamedAndDeleted() throws Exception {
        Path period = site.resolve("content/west-brabant-west/2026-2029");
        Files.createDirectories(period);
        Files.writeString(period.resolve("periode.md"), "---\ntitle: Beleidskader 2026-2029\nstart: 2026-01-01\n"
                + "end: 2029-12-31\nstatus: werkversie\n---\nEen nieuwe periode.\n");
        Files.writeString(period.resolve("plan.md"), "---\ntitle: Nieuw plan\ntype: beleidsplan\ndate: 2026-01-01\n"
                + "status: gepubliceerd\n---\nHet plan.\n");
        settle();
        assertEquals(200, get("/west-brabant-west/2026-2029/plan/").statusCode(), lastProblems());

        Files.move(period, site.resolve("content/west-brabant-west/2030-2033"));
        Path moved = site.resolve("content/west-brabant-west/2030-2033/periode.md");
        Files.writeString(moved, Files.readString(moved).replace("2026-01-01", "2030-01-01")
                .replace("2029-12-31", "2033-12-31").replace("2026-2029", "2030-2033"));
        settle();
        assertEquals(404, get("/west-brabant-west/2026-2029/plan/").statusCode());
        assertEquals(200, get("/west-brabant-west/2030-2033/plan/").statusCode(), lastProblems());

        IncrementalBuildIT.delete(site.resolve("content/west-brabant-west/2030-2033"));
        settle();
        assertEquals(404, get("/west-brabant-west/2030-2033/plan/").statusCode());

        // the folder above the theme goes away and comes back with a changed style sheet
        Files.move(site.resolve("themes"), tmp.resolve("themes-weg"));
        assertFalse(settle().isOk(), "without its theme the site does not build");
        Path css = tmp.resolve("themes-weg/default/static/style.css");
        Files.writeString(css, Files.readString(css) + "\n/* terug */\n");
        Files.move(tmp.resolve("themes-weg"), site.resolve("themes"));
        assertTrue(settle().isOk(), this::lastProblems);
        assertTrue(Files.readString(tmp.resolve("out/assets/style.css")).endsWith("/* terug */\n"));
        assertCleanBuildEquals();
    }

    @Test
    void aFailedBuildShowsItsProblemsOnEveryPageUntilFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Path doc = site.resolve(DOC);
        String good = Files.readString(doc);
        Files.writeString(doc, good.replaceFirst("(?m)^date: .*$", "date: 1 juli 2020"));
        assertEquals("reload {\"builds\":2,\"all\":true}", events.poll(30, TimeUnit.SECONDS));
        settle();
        for (String url : List.of("/", DOC_URL, "/hart-van-brabant/", "/bestaat-niet/")) {
            String body = get(url).body();
            assertTrue(body.contains("<div class=\"policybake-overlay\" role=\"alert\""), url);
            assertTrue(body.contains("<h2 id=\"policybake-overlay-title\">De wijziging is niet gebouwd</h2>"), url);
            assertTrue(body.contains("<li><code>" + DOC + ":4: "), url + "\n" + body);
        }
        assertTrue(get(DOC_URL).body().contains("Tussentijdse evaluatie"), "the last good page is still served");

        Files.writeString(doc, good);
        assertEquals("reload {\"builds\":3,\"all\":true}", events.poll(30, TimeUnit.SECONDS));
        settle();
        assertFalse(get(DOC_URL).body().contains("policybake-overlay"));
    }

    @Test
    void theEventStreamRefusesOtherOrigins() throws Exception {
        String url = session.server().url().replaceAll("/$", "");
        assertEquals(403, get("/__policybake/events", "Origin", "http://evil.example").statusCode());
        assertEquals(403, get("/__policybake/events", "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, get("/__policybake/events", "Origin", url.replace("127.0.0.1", "127.0.0.1.evil.example"))
                .statusCode());
        try (Socket s = new Socket("127.0.0.1", session.server().port())) {
            s.getOutputStream().write("GET /__policybake/events HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertTrue(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.1 403"),
                    "DNS rebinding: a foreign Host is refused");
        }
        assertEquals(404, get("/__policybake/geheim").statusCode());
        HttpResponse<String> script = get("/__policybake/live.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__policybake/events')"));
        HttpResponse<String> notFound = get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, notFound.statusCode());
        assertFalse(notFound.body().contains("<script>alert(1)"), "an error page does not repeat the request");
    }

    @Test
    void afterRandomChangesOnDiskThePreviewEqualsACleanBuild() throws Exception {
        long seed = Long.getLong("policybake.seed", System.currentTimeMillis() % 100_000);
        int steps = Integer.getInteger("policybake.previewSteps", 10);
        IncrementalBuildIT.Changes changes = new IncrementalBuildIT.Changes(site, new Random(seed));
        List<String> log = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            log.add(step + ". " + changes.next());
            changes.touched(); // the watcher must find the paths itself
            BuildResult preview = settle();
            BuildResult clean = new SiteBuilder().build(new BuildOptions(site, tmp.resolve("clean-" + step), true,
                    false, true));
            String context = "seed " + seed + " (rerun with -Dpolicybake.seed=" + seed + "):\n" + String.join("\n", log);
            assertEquals(lines(clean), lines(preview), () -> "diagnostics differ; " + context);
            if (clean.isOk()) assertSameTree(tmp.resolve("clean-" + step), tmp.resolve("out"), context);
        }
    }

    private String lastProblems() {
        synchronized (results) {
            return lines(results.get(results.size() - 1)).toString();
        }
    }

    private void assertCleanBuildEquals() throws IOException {
        BuildResult clean = new SiteBuilder().build(new BuildOptions(site, tmp.resolve("clean"), true, false, true));
        assertTrue(clean.isOk(), () -> lines(clean).toString());
        assertSameTree(tmp.resolve("clean"), tmp.resolve("out"), "");
    }

    private static List<String> lines(BuildResult r) {
        return r.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    private static void assertSameTree(Path expected, Path actual, String context) throws IOException {
        Map<String, byte[]> want = IncrementalBuildIT.tree(expected);
        Map<String, byte[]> got = IncrementalBuildIT.tree(actual);
        assertEquals(want.keySet(), got.keySet(), () -> "output files differ; " + context);
        for (String path : want.keySet()) {
            if (!Arrays.equals(want.get(path), got.get(path))) fail("output file " + path + " differs; " + context);
        }
    }
}
