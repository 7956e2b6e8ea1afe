package nl.policybake.render.theme;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes a page to UTF-8 as Pebble writes it, the same bytes as {@code String.getBytes(UTF_8)} of the whole,
 * without the text in between: a page with one "€" made a {@code StringBuilder} of two bytes a character, and
 * its encoding took 4% of a warm build's samples. Long strings (a document's body) go through the JDK's encoder,
 * which copies ASCII in one sweep. Not thread-safe: one per page.
 */
final class Utf8Writer extends Writer {
    private static final int LONG = 256;
    private byte[] bytes = new byte[16 * 1024];
    private int size;
    /** A high surrogate whose low one is still to come, or 0. */
    private char high;

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) put(chars[i]);
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int offset, int length) {
        if (length == 0) return;
        if (length >= LONG && high == 0 && !Character.isHighSurrogate(s.charAt(offset + length - 1))) {
            byte[] encoded = (offset == 0 && length == s.length() ? s : s.substring(offset, offset + length))
                    .getBytes(StandardCharsets.UTF_8);
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        room(length);
        int i = offset;
        int end = offset + length;
        if (high == 0) {
            byte[] b = bytes;
            int n = size;
            for (char c; i < end && (c = s.charAt(i)) < 0x80; i++) b[n++] = (byte) c;
            size = n;
        }
        for (; i < end; i++) put(s.charAt(i));
    }

    @Override
    public Writer append(CharSequence s) {
        write(String.valueOf(s));
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    byte[] toByteArray() {
        if (high != 0) {
            high = 0;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    private void put(char c) {
        room(4);
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[size++] = '?'; // as getBytes writes a lone surrogate
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
