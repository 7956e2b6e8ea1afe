package nl.policybake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's safety rules, against a running server on a random port. */
class PreviewServerTest {

    @TempDir
    Path dir;
    PreviewServer server;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("regio"));
        Files.writeString(out.resolve("index.html"), "<h1>Home</h1>");
        Files.writeString(out.resolve("regio/index.html"), "<h1>Regio</h1>");
        Files.writeString(out.resolve("404.html"), "<h1>Niet gevonden</h1>");
        Files.writeString(out.resolve(".policybake-output"), "");
        Files.writeString(dir.resolve("geheim.txt"), "buiten de uitvoer");
        Files.createSymbolicLink(out.resolve("link.txt"), dir.resolve("geheim.txt"));
        server = PreviewServer.start(out, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesFromFolders() throws Exception {
        HttpResponse<String> r = get("/regio/");
        assertEquals(200, r.statusCode());
        assertEquals("<h1>Regio</h1>", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void answersMissingPagesWithTheSites404PageWithoutEchoingTheRequest() throws Exception {
        HttpResponse<String> r = get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, r.statusCode());
        assertEquals("<h1>Niet gevonden</h1>", r.body());
    }

    @Test
    void refusesDotfilesSymlinksOutsideAndFolderListings() throws Exception {
        assertEquals(404, get("/.policybake-output").statusCode());
        assertEquals(404, get("/link.txt").statusCode());
        assertEquals(404, get("/regio").statusCode(), "a folder without trailing slash is not listed");
    }

    @Test
    void refusesPathsThatClimbOutOfTheOutput() throws Exception {
        String response = raw("GET /../geheim.txt HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 404"), response);
        assertFalse(response.contains("buiten de uitvoer"));
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.url()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.url()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void refusesAForeignHostHeader() throws Exception {
        String response = raw("GET / HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 403"), response);
        assertFalse(response.contains("<h1>Home</h1>"));
    }

    @Test
    void takesTheNextPortWhenTheFirstIsTaken() throws Exception {
        try (PreviewServer second = PreviewServer.start(dir.resolve("out"), server.port())) {
            assertTrue(second.port() > server.port() && second.port() <= server.port() + 10, "port " + second.port());
        }
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
