package nl.policybake.post.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the records, {@link #SIZE} to a file in the order they are numbered: {@code search/r/<n>.json} holds
 * records {@code n * SIZE} up to {@code (n + 1) * SIZE - 1} as
 * {@code {"pages":[[url,title,agenda,period,type],...],"records":[[page,anchor,heading,text],...]}}, each page
 * once however many of its passages the file holds ({@code page} is its index in {@code pages}).
 */
final class RecordShards {

    /**
     * Records to a file. A query shows ten results, mostly from ten different files, so a file should stay small;
     * fewer, larger files would make every query download more (docs/benchmark.md has the measurements).
     */
    static final int SIZE = 4;

    private final Map<String, byte[]> files;
    private final StringBuilder pages = new StringBuilder();
    private final ByteArrayOutputStream records = new ByteArrayOutputStream();
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
        if (++size == SIZE) finish();
    }

    /** Writes the last file, if records are left. */
    void finish() {
        if (size == 0) return;
        byte[] head = ("{\"pages\":[" + pages + "],\"records\":[").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + records.size() + 2];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(records.toByteArray(), 0, file, head.length, records.size());
        file[file.length - 2] = ']';
        file[file.length - 1] = '}';
        files.put("search/r/" + shard + ".json", file);
        shard++;
        size = 0;
        pages.setLength(0);
        records.reset();
        lastUrl = null;
        pageIndex = -1;
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) records.write(s.charAt(i));
    }
}
