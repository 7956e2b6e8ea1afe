package nl.policybake.post.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Non-negative whole numbers and strings packed into bytes, seven bits a byte, low bits first, the high bit meaning
 * "more bytes follow". The indexer keeps each analysed page in this form between {@code add} and {@code finish}.
 */
final class Varints {

    private Varints() {
    }

    /** A growing array of packed numbers. Not thread-safe. */
    static final class Writer {
        private byte[] bytes = new byte[64];
        private int size;

        void put(int value) {
            if (value < 0) throw new IllegalArgumentException("negative: " + value);
            ensure(5);
            while (value >= 0x80) {
                bytes[size++] = (byte) (value | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        /** The string's length in UTF-8 bytes, then those bytes. */
        void put(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            put(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) return value;
            }
        }

        /** Copies the next string's UTF-8 bytes to {@code out}. */
        void copyString(ByteArrayOutputStream out) {
            int length = next();
            out.write(bytes, at, length);
            at += length;
        }

        String nextString() {
            int length = next();
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }
    }
}
