package nl.policybake.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SourceFile;

/** Strict UTF-8: a file with bytes that are not UTF-8 is an error on the line of the first bad byte, never mojibake. */
final class TextDecoder {

    private TextDecoder() {
    }

    /** The text without a byte-order mark, or empty after reporting the first invalid byte. */
    static Optional<String> decode(SourceFile file, Diagnostics diags) {
        // the JDK's decoder turns a bad byte into U+FFFD; a text without one was valid UTF-8 (a check that is
        // free for text that is all Latin-1), and only a text with one is decoded again, strictly
        String s = new String(file.bytes(), StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(file.bytes()));
            } catch (CharacterCodingException e) {
                int bad = firstInvalid(file.bytes());
                diags.error(SourcePos.of(file.path(), lineOf(file.bytes(), bad)), "file.notUtf8",
                        String.format("0x%02X", file.bytes()[bad] & 0xFF));
                return Optional.empty();
            }
        }
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }

    private static int firstInvalid(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    private static int lineOf(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') line++;
        }
        return line;
    }
}
