package nl.policybake.post.search;

/**
 * Non-negative whole numbers written compactly as text, for the postings: each number in 5-bit groups, most
 * significant first, each group one character of a URL-safe 64-letter alphabet whose value 32 and up means "more
 * groups follow". Small numbers (below 32) take one character, below 1,024 two. The browser script decodes the same.
 */
final class Base64Varint {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final byte[] LETTERS = ALPHABET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Base64Varint() {
    }

    /**
     * Varints written as their ASCII bytes: a stem's postings grow by a few characters per record, and a
     * {@code StringBuilder} checked its capacity and coder for each (a sixth of the index assembly).
     */
    static final class Buffer {
        private byte[] bytes = new byte[16];
        private int length;

        void append(long value) {
            if (value < 0) throw new IllegalArgumentException("negative: " + value);
            int groups = 1;
            while (value >>> (5 * groups) != 0) groups++;
            room(groups);
            for (int g = groups - 1; g >= 0; g--) {
                int bits = (int) ((value >>> (5 * g)) & 31);
                bytes[length++] = LETTERS[g > 0 ? bits | 32 : bits];
            }
        }

        /** Appends the letter for {@code digit}, 0 to 63. */
        void appendLetter(int digit) {
            room(1);
            bytes[length++] = LETTERS[digit];
        }

        int length() {
            return length;
        }

        /** Appends the text to {@code sb}. */
        void appendTo(StringBuilder sb) {
            for (int i = 0; i < length; i++) sb.append((char) bytes[i]);
        }

        /** The text between double quotes, as a JSON string's bytes. */
        byte[] quoted() {
            byte[] out = new byte[length + 2];
            out[0] = '"';
            System.arraycopy(bytes, 0, out, 1, length);
            out[length + 1] = '"';
            return out;
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
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
