package nl.policybake.render.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

class TemplatesTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);
    private final Templates templates = new Templates(new Theme("thema", Map.of(
            "page.peb", "<p>{{ text }}</p>{{ body | raw }}",
            "parts.peb", "{{ a | raw }}{{ b | raw }}",
            "broken.peb", "{{ missing }}"), new UiStrings(Map.of()), List.of()), Locale.forLanguageTag("nl"), diags);

    @Test
    void aPageIsTheUtf8OfItsText() {
        for (String text : List.of("", "plain ASCII", "cliënt € 12,5 ● ▲ ■ ↩", "emoji 😀 en 𝄞",
                "é".repeat(300), "a".repeat(255) + "€", "€".repeat(1000), "x".repeat(5000) + "😀")) {
            Map<String, Object> values = Map.of("text", text, "body", text + "<b>" + text + "</b>");
            String expected = templates.render("page.peb", values).orElseThrow();
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
                    templates.renderUtf8("page.peb", values).orElseThrow(), text);
        }
    }

    @Test
    void aSurrogatePairSplitOverTwoWritesIsOneCharacter() {
        String clef = "𝄞";
        for (String before : List.of("", "a", "b".repeat(400))) {
            for (String after : List.of("", "c", "d".repeat(400))) {
                Map<String, Object> values = Map.of("a", before + clef.charAt(0), "b", clef.charAt(1) + after);
                assertEquals(before + clef + after,
                        new String(templates.renderUtf8("parts.peb", values).orElseThrow(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aLoneSurrogateIsAQuestionMarkAsInGetBytes() {
        for (String a : List.of("x\uD834", "\uDD1E", "y".repeat(300) + "\uD834", "\uDD1E" + "z".repeat(300))) {
            for (String b : List.of("", "q", "\uD834")) {
                Map<String, Object> values = Map.of("a", a, "b", b);
                assertArrayEquals((a + b).getBytes(StandardCharsets.UTF_8),
                        templates.renderUtf8("parts.peb", values).orElseThrow(), a + "|" + b);
            }
        }
    }

    @Test
    void aTemplateErrorGivesNoBytesAndADiagnostic() {
        assertTrue(templates.renderUtf8("broken.peb", Map.of()).isEmpty());
        assertEquals(List.of("thema/templates/broken.peb:1: fout in template: Root attribute [missing] does not exist "
                + "or can not be accessed and strict variables is set to true. Verbeter de template; de namen van "
                + "alle variabelen staan in docs/themes.md."), diags.sorted().stream().map(d -> d.format()).toList());
    }
}
