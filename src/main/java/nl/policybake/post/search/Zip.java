package nl.policybake.post.search;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Deflate for the index: the packed texts of an analysed page, and the gzipped record files. */
final class Zip {

    /** A gzip header without name or time (RFC 1952): deflate, no flags, time 0, no extra flags, system unknown. */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 255};

    private Zip() {
    }

    /** {@code data} deflated without a zlib header, at {@code level}, after {@code head}. */
    static byte[] deflate(byte[] data, int level, byte[] head) {
        Deflater deflater = new Deflater(level, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] out = Arrays.copyOf(head, head.length + data.length / 2 + 64);
        int n = head.length;
        while (!deflater.finished()) {
            if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
            n += deflater.deflate(out, n, out.length - n);
        }
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    /** {@code data} as a gzip file: the header, the data deflated at {@code level}, its CRC-32 and its length. */
    static byte[] gzip(byte[] data, int level) {
        byte[] deflated = deflate(data, level, GZIP_HEADER);
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] out = Arrays.copyOf(deflated, deflated.length + 8);
        littleEndian(out, deflated.length, (int) crc.getValue());
        littleEndian(out, deflated.length + 4, data.length);
        return out;
    }

    private static void littleEndian(byte[] out, int at, int value) {
        for (int i = 0; i < 4; i++) out[at + i] = (byte) (value >>> (8 * i));
    }
}
