package nl.policybake.post.search;

/**
 * Non-negative whole numbers written compactly as text, for the postings: each number in 5-bit groups, most
 * significant first, each group one character of a URL-safe 64-letter alphabet whose value 32 and up means "more
 * groups follow". Small numbers (below 32) take one character, below 1,024 two. The browser script decodes the same.
 */
final class Base64Varint {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Base64Varint() {
    }

    static void append(StringBuilder sb, long value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        if (value < 32) {
            sb.append(ALPHABET.charAt((int) value));
            return;
        }
        int groups = 1;
        while (value >>> (5 * groups) != 0) groups++;
        for (int g = groups - 1; g >= 0; g--) {
            int bits = (int) ((value >>> (5 * g)) & 31);
            sb.append(ALPHABET.charAt(g > 0 ? bits | 32 : bits));
        }
    }

    /** Decodes {@code text}, for tests. */
    static long[] decode(String text) {
        long[] out = new long[text.length()];
        int n = 0;
        long v = 0;
        for (char c : text.toCharArray()) {
            int d = ALPHABET.indexOf(c);
            v = (v << 5) | (d & 31);
            if (d < 32) {
                out[n++] = v;
                v = 0;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
