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
 *
 * <p>A server started with live reload also serves {@value #PREFIX}: the preview script, its style sheet and the
 * event stream. It puts the script into every HTML page it serves (the files on disk stay as built), and while
 * the last build failed, an overlay with its problems ({@link #showProblems}).
 */
public final class PreviewServer implements AutoCloseable {

    /** Where the preview's own files are served; no site URL can start with it (names with "_" are not slugs). */
    public static final String PREFIX = "/__policybake/";

    private final Path root;
    private final HttpServer server;
    private final LiveReload live;
    private final String bindHost;
    private volatile Overlay overlay;

    /** What the overlay says: a heading, a sentence and the problems, in the site's language. */
    public record Overlay(String title, String text, java.util.List<String> problems) {
    }

    private PreviewServer(Path root, HttpServer server, LiveReload live, String bindHost) {
        this.root = root;
        this.server = server;
        this.live = live;
        this.bindHost = bindHost;
    }

    /**
     * Starts serving {@code root} on loopback at {@code port}, or the next free port of the ten after it; port 0
     * picks any free port.
     */
    public static PreviewServer start(Path root, int port) throws IOException {
        return start(root, InetAddress.getLoopbackAddress(), port, false);
    }

    /**
     * Starts serving {@code root} on {@code address} at {@code port} or the next free port of the ten after it,
     * with the live-reload channel when {@code liveReload}.
     */
    public static PreviewServer start(Path root, InetAddress address, int port, boolean liveReload) throws IOException {
        IOException last = null;
        for (int p = port; p <= (port == 0 ? 0 : port + 10); p++) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(address, p), 0);
                String host = address.isLoopbackAddress() ? null : address.getHostAddress();
                PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), server,
                        liveReload ? new LiveReload() : null, host);
                server.createContext("/", preview::handle);
                // event streams hold a thread each while their page is open
                server.setExecutor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "policybake-preview");
                    t.setDaemon(true);
                    return t;
                }));
                server.start();
                return preview;
            } catch (BindException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Tells the open pages what changed, as JSON ({@code {"pages":[...],"all":false,"focus":"/a/"}}). */
    public void publish(String json) {
        if (live != null) live.publish(json);
    }

    /** Counts a finished build, before its reload event is sent. */
    public void built() {
        if (live != null) live.built();
    }

    /** How many builds have finished. */
    public long builds() {
        return live == null ? 0 : live.builds();
    }

    /** How many pages listen for reloads now. */
    public int listeners() {
        return live == null ? 0 : live.listeners();
    }

    /** Shows {@code overlay} on every page from now on; null hides it. */
    public void showProblems(Overlay overlay) {
        this.overlay = overlay;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        if (live != null) live.close();
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
            String path = ex.getRequestURI().getPath();
            if (live != null && path != null && path.startsWith(PREFIX)) {
                own(ex, path.substring(PREFIX.length()));
                return;
            }
            Path file = resolve(ex.getRequestURI());
            if (file == null && live != null && "/".equals(path) && overlay != null) {
                send(ex, 200, ContentTypes.of("index.html"), page(placeholder()));
                return;
            }
            if (file == null) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "Not found\n".getBytes(StandardCharsets.UTF_8);
                boolean html = Files.isRegularFile(notFound);
                send(ex, 404, html ? ContentTypes.of("404.html") : "text/plain; charset=utf-8", html ? page(body) : body);
                return;
            }
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            send(ex, 200, ContentTypes.of(name), name.endsWith(".html") ? page(bytes) : bytes);
        }
    }

    /** The preview's own files and the event stream. */
    private void own(HttpExchange ex, String name) throws IOException {
        switch (name) {
            case "events" -> {
                if (!sameOrigin(ex)) {
                    send(ex, 403, "text/plain; charset=utf-8", "Forbidden\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    live.stream(ex);
                }
            }
            case "live.js", "preview.css" -> { // live.js?builds=N: the query is the page's, for the script
                try (var in = PreviewServer.class.getResourceAsStream(name)) {
                    send(ex, 200, ContentTypes.of(name), in.readAllBytes());
                }
            }
            default -> send(ex, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * True when the event stream is asked for by a page of this server: a browser names the page's origin in
     * {@code Origin} (for a cross-origin request) and says where the request comes from in {@code Sec-Fetch-Site}.
     */
    private boolean sameOrigin(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !isLocalHost(origin.replaceFirst("^http://", ""))) return false;
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /** {@code html} with the preview script, and the overlay while the last build failed. */
    private byte[] page(byte[] html) {
        if (live == null) return html;
        String text = new String(html, StandardCharsets.UTF_8);
        Overlay shown = overlay;
        String script = "<script src=\"" + PREFIX + "live.js?builds=" + live.builds() + "\" defer></script>";
        if (shown != null) script += "<link rel=\"stylesheet\" href=\"" + PREFIX + "preview.css\">";
        int head = text.indexOf("</head>");
        text = head < 0 ? script + text : text.substring(0, head) + script + text.substring(head);
        if (shown != null) {
            int body = text.indexOf("<body");
            int at = body < 0 ? -1 : text.indexOf('>', body) + 1;
            StringBuilder box = new StringBuilder("<div class=\"policybake-overlay\" role=\"alert\" "
                    + "aria-labelledby=\"policybake-overlay-title\"><h2 id=\"policybake-overlay-title\">")
                    .append(escape(shown.title())).append("</h2><p>").append(escape(shown.text())).append("</p><ul>");
            for (String problem : shown.problems()) box.append("<li><code>").append(escape(problem)).append("</code></li>");
            box.append("</ul></div>");
            text = at <= 0 ? box + text : text.substring(0, at) + box + text.substring(at);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The page shown at {@code /} while no build has succeeded yet: only the overlay. */
    private static byte[] placeholder() {
        return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>policybake</title></head>"
                + "<body><main></main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
        return h.equals("127.0.0.1" + port) || h.equals("localhost" + port) || h.equals("[::1]" + port)
                || (bindHost != null && (h.equals(bindHost + port) || h.equals("[" + bindHost + "]" + port)));
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
