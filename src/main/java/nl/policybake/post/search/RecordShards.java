package nl.policybake.post.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
    /** Files compressed at a time, on all cores. */
    private static final int BATCH = 64;
    /**
     * zlib's level 5: on the 10,000-page benchmark site it takes three quarters of the default level 6's time for
     * files 0.7% larger; level 3 takes half the time but its files are 7.5% larger, and every query downloads them.
     */
    private static final int LEVEL = 5;

    private final Map<String, byte[]> files;
    private final StringBuilder pages = new StringBuilder();
    private final ByteArrayOutputStream records = new ByteArrayOutputStream();
    private final List<byte[]> batch = new ArrayList<>();
    private String lastUrl;
    private int pageIndex = -1;
    private int size;
    private int shard;

    RecordShards(Map<String, byte[]> files) {
        this.files = files;
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

    /** Writes the last files, the last one with the records that are left. */
    void finish() {
        endFile();
        compressBatch();
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
        byte[][] gzipped = new byte[batch.size()][];
        IntStream.range(0, gzipped.length).parallel().forEach(i -> gzipped[i] = Zip.gzip(batch.get(i), LEVEL));
        for (byte[] file : gzipped) files.put("search/r/" + shard++ + ".json.gz", file);
        batch.clear();
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) records.write(s.charAt(i));
    }
}
