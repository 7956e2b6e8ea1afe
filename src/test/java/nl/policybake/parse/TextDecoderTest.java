package nl.policybake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SourceFile;

class TextDecoderTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);

    @Test
    void decodesUtf8WithoutItsByteOrderMark() {
        assertEquals(Optional.of("cliënt € 12,5 ● 😀"), decode("cliënt € 12,5 ● 😀".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of("plan"), decode(bytes(0xEF, 0xBB, 0xBF, 'p', 'l', 'a', 'n')));
        assertEquals(List.of(), errors());
    }

    @Test
    void keepsAReplacementCharacterThatIsInTheText() {
        assertEquals(Optional.of("a\uFFFDb"), decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), errors());
    }

    @Test
    void reportsTheFirstByteThatIsNotUtf8OnItsLine() {
        byte[] latin1 = "titel\nregel 2\ncli\u00ebnt".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), decode(latin1));
        assertEquals(List.of("x.md:3: het bestand is niet in UTF-8 opgeslagen (byte 0xEB op deze regel). Sla het "
                + "bestand op als UTF-8 (in Excel: 'CSV UTF-8'; in Kladblok of Word: codering 'UTF-8')."), errors());
    }

    @Test
    void refusesEncodedSurrogatesAndOverlongForms() {
        assertEquals(Optional.empty(), decode(bytes('a', 0xED, 0xA0, 0x80)));
        assertEquals(Optional.empty(), decode(bytes('\n', 0xC0, 0xAF)));
        assertEquals(2, errors().size());
    }

    private Optional<String> decode(byte[] bytes) {
        return TextDecoder.decode(new SourceFile("x.md", bytes), diags);
    }

    private List<String> errors() {
        return diags.sorted().stream().map(d -> d.format()).toList();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }
}
