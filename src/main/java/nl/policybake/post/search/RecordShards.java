package nl.policybake.post.search;

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
    private final StringBuilder records = new StringBuilder();
    private String lastUrl;
    private int pageIndex = -1;
    private int size;
    private int shard;

    RecordShards(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Adds the next record. */
    void add(AnalysedPage page, int[] facets, String anchor, String heading, String text) {
        if (!page.url().equals(lastUrl)) {
            pages.append(pages.length() == 0 ? "" : ",").append('[').append(Json.string(page.url())).append(',')
                    .append(Json.string(page.title())).append(',').append(facets[0]).append(',').append(facets[1])
                    .append(',').append(facets[2]).append(']');
            lastUrl = page.url();
            pageIndex++;
        }
        records.append(records.length() == 0 ? "" : ",").append('[').append(pageIndex).append(',')
                .append(Json.string(anchor)).append(',').append(Json.string(heading)).append(',')
                .append(Json.string(text)).append(']');
        if (++size == SIZE) finish();
    }

    /** Writes the last file, if records are left. */
    void finish() {
        if (size == 0) return;
        files.put("search/r/" + shard + ".json", ("{\"pages\":[" + pages + "],\"records\":[" + records + "]}")
                .getBytes(StandardCharsets.UTF_8));
        shard++;
        size = 0;
        pages.setLength(0);
        records.setLength(0);
        lastUrl = null;
        pageIndex = -1;
    }
}
