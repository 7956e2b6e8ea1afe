package nl.policybake.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.policybake.build.BuildOptions;
import nl.policybake.preview.PreviewSession;

/**
 * Measures the editor's wait in {@code serve}: the time from saving one document to the reload event arriving at
 * an open page, over repeated edits of different documents, next to the time of the first (full) build. Runs the
 * real preview session in this JVM and listens on its event stream like a browser does.
 *
 * <pre>java -cp target/policybake.jar nl.policybake.bench.ServeBench --site DIR [--edits N]</pre>
 *
 * The site is edited in place (a sentence is appended to each edited document), so run it on a copy.
 */
public final class ServeBench {

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = null;
        int edits = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--site" -> site = Path.of(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ServeBench --site DIR [--edits N]");
                    System.exit(2);
                }
            }
        }
        if (site == null) {
            System.err.println("usage: ServeBench --site DIR [--edits N]");
            System.exit(2);
        }
        run(site, edits, System.out);
        System.exit(0);
    }

    static void run(Path site, int edits, PrintStream out) throws IOException, InterruptedException {
        Path output = Files.createTempDirectory("policybake-serve-bench");
        long t0 = System.nanoTime();
        List<String> stages = java.util.Collections.synchronizedList(new ArrayList<>());
        PreviewSession session = new PreviewSession(new BuildOptions(site, output, true, false, true),
                r -> stages.add(r.stageMillis().toString()));
        var first = session.start(InetAddress.getLoopbackAddress(), 0);
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        if (!first.isOk()) throw new IllegalStateException("the site does not build");
        BlockingQueue<Long> events = listen(session.server().url());
        List<Path> docs = documents(site);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            Path doc = docs.get((int) ((i * 7919L) % docs.size()));
            String text = Files.readString(doc, StandardCharsets.UTF_8) + "\nEen zin erbij, bewerking " + i + ".\n";
            events.clear();
            long saved = System.nanoTime();
            Files.writeString(doc, text, StandardCharsets.UTF_8);
            Long at = events.poll(60, TimeUnit.SECONDS);
            if (at == null) throw new IllegalStateException("no reload event within 60 s after editing " + doc);
            waits.add((at - saved) / 1_000_000);
            // let the rest of the rebuild (the search index, made in the background) finish before the next edit
            session.awaitIdle(300, 600_000);
        }
        session.close();
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        out.printf("serve: first build %d ms; save to reload event over %d edits: median %d ms, min %d, max %d%n",
                fullMillis, edits, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        out.println("serve: each edit (ms): " + waits);
        if (Boolean.getBoolean("policybake.stages")) stages.forEach(s -> out.println("serve: stages (ms) " + s));
    }

    /** Connects to the event stream; the queue gets the arrival time of each reload event. */
    private static BlockingQueue<Long> listen(String base) throws InterruptedException {
        BlockingQueue<Long> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "__policybake/events")).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
            if (line.equals("event: reload")) events.add(System.nanoTime());
        }));
        Thread.sleep(200); // connected
        return events;
    }

    private static List<Path> documents(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve("content"))) {
            return s.filter(p -> p.toString().endsWith(".md") && p.getNameCount() > site.getNameCount() + 3
                    && !p.getFileName().toString().equals("periode.md") && !p.toString().contains("/actielijnen/"))
                    .sorted().toList();
        }
    }
}
