package nl.policybake.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * The live-reload channel: server-sent events to every open preview page. After each build the session publishes
 * which pages changed; the preview script ({@code live.js}) reloads its page when it is among them, or opens the
 * page the editor just saved. At most {@link #MAX_CLIENTS} pages listen at once; a further one is refused.
 */
final class LiveReload {

    static final int MAX_CLIENTS = 64;
    private static final long HEARTBEAT_SECONDS = 15;
    private static final String CLOSE = "";

    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile long builds;

    /** Counts a finished build; a page connecting later learns the count and so whether it missed one. */
    void built() {
        builds++;
    }

    long builds() {
        return builds;
    }

    /** Sends {@code json} as a {@code reload} event to every listening page. */
    void publish(String json) {
        String event = "event: reload\ndata: " + json + "\n\n";
        for (BlockingQueue<String> q : clients) q.offer(event);
    }

    /** How many pages listen now. */
    int listeners() {
        return clients.size();
    }

    /** Ends every connection. */
    void close() {
        closed = true;
        for (BlockingQueue<String> q : clients) q.offer(CLOSE);
    }

    /** Holds the exchange open and streams events to it until the page goes away or the server stops. */
    void stream(HttpExchange ex) throws IOException {
        if (clients.size() >= MAX_CLIENTS || closed) {
            byte[] body = "Too many preview pages are open\n".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(503, body.length);
            ex.getResponseBody().write(body);
            return;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            // the number of builds so far: a page served before the last build reloads, as it missed its event
            write(out, "retry: 500\nevent: hello\ndata: {\"builds\":" + builds + "}\n\n");
            while (!closed) {
                String event = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) break;
                write(out, event == null ? ": ping\n\n" : event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded: nothing to do
        } finally {
            clients.remove(queue);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
