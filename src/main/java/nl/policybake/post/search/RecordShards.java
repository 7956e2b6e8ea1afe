package nl.policybake.post.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Writes the records, {@link #SIZE} to a file in the order they are numbered: {@code search/r/<n>.json.gz} holds
 * records {@code n * SIZE} up to {@code (n + 1) * SIZE - 1} as
 * {@code {"pages":[[url,title,agenda,period,type],...],"records":[[page,anchor,heading,text],...]}}, each page
 * once however many of its passages the file holds ({@code page} is its index in {@code pages}), gzipped.
 */
final class RecordShards {

    /**
     * Records to a file. A query shows ten results, mostly from ten different files, so a file should stay small;
     * but every file costs the file system an inode, which on a disk that has just deleted the last build's output
     * costs more than the file's bytes. Gzipped, sixteen records take about the bytes four took as plain JSON
     * (docs/benchmark.md has the measurements).
     */
    static final int SIZE = 16;
    /** Files compressed by one task. */
    private static final int BATCH = 64;
    /**
     * zlib's level 5: on the 10,000-page benchmark site it takes three quarters of the default level 6's time for
     * files 0.7% larger; level 3 takes half the time but its files are 7.5% larger, and every query downloads them.
     */
    private static final int LEVEL = 5;

    private final Map<String, byte[]> files;
    private final StringBuilder pages = new StringBuilder();
    private final ByteArrayOutputStream records = new ByteArrayOutputStream();
    private List<byte[]> batch = new ArrayList<>();
    /**
     * Compresses the batches while the caller goes on reading records and postings: a thread for every other core,
     * and the caller itself when a few batches wait already, so that memory holds only a few.
     */
    private final ThreadPoolExecutor gzip;
    private final List<Future<?>> compressing = new ArrayList<>();
    private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();
    private String lastUrl;
    private int pageIndex = -1;
    private int size;
    private int shard;

    RecordShards(Map<String, byte[]> files) {
        this.files = files;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        gzip = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4), task -> {
            Thread t = new Thread(task, "policybake-gzip");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        gzip.allowCoreThreadTimeOut(true);
    }

    /** Adds the next record: a passage of {@code page}, its part of the record read from {@code texts}. */
    void add(AnalysedPage page, int[] facets, Varints.Reader texts) {
        if (!page.url().equals(lastUrl)) {
            pages.append(pages.length() == 0 ? "" : ",").append('[').append(Json.string(page.url())).append(',')
                    .append(Json.string(page.title())).append(',').append(facets[0]).append(',').append(facets[1])
                    .append(',').append(facets[2]).append(']');
            lastUrl = page.url();
            pageIndex++;
        }
        ascii((size == 0 ? "[" : ",[") + pageIndex + ",");
        texts.copyString(records);
        ascii("]");
        if (++size == SIZE) endFile();
    }

    /** Writes the last files, the last one with the records that are left, and waits for all to be compressed. */
    void finish() {
        endFile();
        compressBatch();
        // the caller compresses what still waits, side by side with the threads
        for (Runnable waiting; (waiting = gzip.getQueue().poll()) != null; ) waiting.run();
        gzip.shutdown();
        try {
            for (Future<?> task : compressing) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compressing the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        files.putAll(compressed);
    }

    private void endFile() {
        if (size == 0) return;
        byte[] head = ("{\"pages\":[" + pages + "],\"records\":[").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + records.size() + 2];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(records.toByteArray(), 0, file, head.length, records.size());
        file[file.length - 2] = ']';
        file[file.length - 1] = '}';
        batch.add(file);
        if (batch.size() == BATCH) compressBatch();
        size = 0;
        pages.setLength(0);
        records.reset();
        lastUrl = null;
        pageIndex = -1;
    }

    private void compressBatch() {
        if (batch.isEmpty()) return;
        List<byte[]> raw = batch;
        int first = shard;
        compressing.add(gzip.submit(() -> {
            for (int i = 0; i < raw.size(); i++) {
                compressed.put("search/r/" + (first + i) + ".json.gz", Zip.gzip(raw.get(i), LEVEL));
            }
        }));
        shard += raw.size();
        batch = new ArrayList<>();
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) records.write(s.charAt(i));
    }
}
