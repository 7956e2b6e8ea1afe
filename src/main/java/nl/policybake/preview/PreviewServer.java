package nl.policybake.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the output folder on 127.0.0.1 for preview. See the package description for the safety rules; error
 * pages never repeat the request.
 */
public final class PreviewServer implements AutoCloseable {

    private final Path root;
    private final HttpServer server;

    private PreviewServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    /**
     * Starts serving {@code root} on loopback at {@code port}, or the next free port of the ten after it; port 0
     * picks any free port.
     */
    public static PreviewServer start(Path root, int port) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        IOException last = null;
        for (int p = port; p <= (port == 0 ? 0 : port + 10); p++) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(loopback, p), 0);
                PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), server);
                server.createContext("/", preview::handle);
                server.setExecutor(Executors.newFixedThreadPool(4));
                server.start();
                return preview;
            } catch (BindException e) {
                last = e;
            }
        }
        throw last;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!isLocalHost(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 403, "text/plain; charset=utf-8", "Forbidden\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(ex.getRequestURI());
            if (file == null) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "Not found\n".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, Files.isRegularFile(notFound) ? ContentTypes.of("404.html") : "text/plain; charset=utf-8",
                        body);
                return;
            }
            send(ex, 200, ContentTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
        }
    }

    /** The file a request path names, or null when there is none or it must not be served. */
    private Path resolve(URI uri) throws IOException {
        String path = uri.getPath();
        if (path == null || !path.startsWith("/")) return null;
        for (String part : path.split("/")) {
            if (part.startsWith(".") && !part.equals(".well-known")) return null;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) return null;
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) return null;
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) return null;
        Path real = file.toRealPath();
        return real.startsWith(root.toRealPath(LinkOption.NOFOLLOW_LINKS)) ? real : null;
    }

    private boolean isLocalHost(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        String port = ":" + port();
        return h.equals("127.0.0.1" + port) || h.equals("localhost" + port) || h.equals("[::1]" + port);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
