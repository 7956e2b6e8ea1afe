package nl.policybake.post.search;

/**
 * The postings and positions of one stem while the records are numbered, as {@link Base64Varint} text: per record
 * the difference from the previous record and the weight as one letter of {@link Base64Varint#ALPHABET} (a level
 * of {@link #level}); and, for phrases, the record difference, the number of positions and the positions as
 * differences. It also keeps the stem's first {@link #TOP} records in the search page's default order (current
 * period first, then weight, then record number), so that a one-word query for a common stem needs no postings.
 */
final class StemPostings {

    /** Records kept in order for the default one-word query: as many as the search page shows. */
    static final int TOP = 10;

    final Base64Varint.Buffer postings = new Base64Varint.Buffer();
    final Base64Varint.Buffer positions = new Base64Varint.Buffer();
    private int count;
    private int last;
    private int lastWithPositions;
    /** The best records so far, best first, as record number, level and current (1 or 0). */
    private final int[][] top = new int[TOP][];
    private int topSize;

    /**
     * The weight level of a raw weight: 0 to 63, ten levels for each factor e (a step of about 10%), level 0 for
     * weights up to 4 (a word that was once in a passage of ten thousand words).
     */
    static int level(int weight) {
        return (int) Math.max(0, Math.min(63, Math.round(10 * Math.log(weight / 4.0))));
    }

    /**
     * Adds record {@code rid} (after every earlier record) with the stem's weight {@link #level} there, reading its
     * positions from {@code terms}.
     */
    void add(int rid, int level, boolean current, Varints.Reader terms) {
        count++;
        postings.append(rid - last);
        postings.appendLetter(level);
        last = rid;
        keep(rid, level, current ? 1 : 0);
        int n = terms.next();
        if (n == 0) return;
        positions.append(rid - lastWithPositions);
        positions.append(n);
        for (int k = 0; k < n; k++) positions.append(terms.next());
        lastWithPositions = rid;
    }

    /** How many records have the stem. */
    int count() {
        return count;
    }

    /** The record numbers of the default order's first records, best first. */
    int[] top() {
        int[] rids = new int[topSize];
        for (int i = 0; i < topSize; i++) rids[i] = top[i][0];
        return rids;
    }

    private void keep(int rid, int level, int current) {
        // records come in increasing order, so a tie with a kept record ranks after it
        int at = topSize;
        while (at > 0 && (top[at - 1][2] < current || top[at - 1][2] == current && top[at - 1][1] < level)) at--;
        if (at >= TOP) return;
        System.arraycopy(top, at, top, at + 1, Math.min(topSize, TOP - 1) - at);
        top[at] = new int[] {rid, level, current};
        if (topSize < TOP) topSize++;
    }
}
