package nl.policybake.post.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

/** Which colour pairs of a style sheet are checked, at which minimum, reported at which line. */
class ContrastCheckerTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"), false);

    private List<String> check(String css) {
        new ContrastChecker(diags).check("themes/t/static/style.css", css);
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void passesTheDefaultThemesStyleSheet() throws java.io.IOException {
        assertEquals(List.of(), check(java.nio.file.Files.readString(
                java.nio.file.Path.of("themes/default/static/style.css"))));
    }

    @Test
    void checksTextAgainstItsOwnBackgroundThePageAndItsOnNote() {
        assertEquals(List.of(
                "themes/t/static/style.css:4: the text colour '#777777' on '#ffffff' in '.meta' has a contrast of "
                        + "4.47:1; WCAG 2.1 AA asks at least 4.5:1. Make the text darker or the background lighter; if "
                        + "the text sits on another background, name it in a comment 'on: ...' in the rule.",
                "themes/t/static/style.css:6: the text colour '#ffffff' on '#ffff00' in '.badge' has a contrast of "
                        + "1.07:1; WCAG 2.1 AA asks at least 4.5:1. Make the text darker or the background lighter; if "
                        + "the text sits on another background, name it in a comment 'on: ...' in the rule.",
                "themes/t/static/style.css:8: the text colour '#ffffff' on '#ffffff' in '.nav a' has a contrast of "
                        + "1.00:1; WCAG 2.1 AA asks at least 4.5:1. Make the text darker or the background lighter; if "
                        + "the text sits on another background, name it in a comment 'on: ...' in the rule.",
                "themes/t/static/style.css:10: the text colour '#1b1b1b' on '#333333' in '.dark' has a contrast of "
                        + "1.36:1; WCAG 2.1 AA asks at least 4.5:1. Make the text darker or the background lighter; if "
                        + "the text sits on another background, name it in a comment 'on: ...' in the rule."),
                check("""
                        :root { --ink: #1b1b1b; --grey: #777777; --brand: #154273; }
                        body { color: var(--ink); background: #fff; }
                        .ok { color: #767676; }
                        .meta { color: var(--grey); }
                        .header a { /* on: var(--brand) */ color: #fff; }
                        .badge { color: #fff;
                          background: #ff0; }
                        .nav a { color: #fff; }
                        .print { color: inherit; background: none; }
                        .dark { background-color: #333; }
                        """));
    }

    /** h1 (3.45:1) and .small-bold (3.03:1) pass only because they are large; .note at 18px normal weight is not. */
    @Test
    void largeTextAndControlsNeedThreeToOne() {
        assertEquals(List.of(
                "themes/t/static/style.css:2: the text colour '#777777' on '#ffffff' in '.note' has a contrast of "
                        + "4.47:1; WCAG 2.1 AA asks at least 4.5:1. Make the text darker or the background lighter; if "
                        + "the text sits on another background, name it in a comment 'on: ...' in the rule.",
                "themes/t/static/style.css:4: the edge of 'input' ('#cccccc') against '#ffffff' has a contrast of "
                        + "1.60:1; WCAG 2.1 AA asks at least 3.0:1 for controls. Choose a darker edge, so the field or "
                        + "button can be seen.",
                "themes/t/static/style.css:6: the colour '#a0a0a0' of large text on '#ffffff' in 'h2' has a "
                        + "contrast of 2.61:1; WCAG 2.1 AA asks at least 3.0:1. Make the text darker or the background "
                        + "lighter."),
                check("""
                        h1 { font-size: 1.5rem; color: #8a8a8a; }
                        .note { font-size: 18px; color: #777; font-weight: 400; }
                        .small-bold { font-size: 1.2rem; font-weight: 700; color: #949494; }
                        input { border: 1px solid #ccc; }
                        .search button { background: #154273; color: #fff; }
                        h2 { font-size: 24px; color: #a0a0a0; }
                        """));
    }

    @Test
    void normalTextBelowEighteenAndAHalfPixelsIsNotLarge() {
        assertEquals(1, check(".note { font-size: 18px; color: #777; }").size());
    }

    @Test
    void readsMediaBlocksSkipsOtherAtRulesAndWarnsOnUnknownColours() {
        assertEquals(List.of(
                "themes/t/static/style.css:3: the text colour '#eeeeee' on '#ffffff' in '.x' has a contrast of 1.16:1; "
                        + "WCAG 2.1 AA asks at least 4.5:1. Make the text darker or the background lighter; if the text "
                        + "sits on another background, name it in a comment 'on: ...' in the rule.",
                "themes/t/static/style.css:6: warning: the colour 'var(--missing)' cannot be checked for contrast. Write "
                        + "the colour as #rrggbb or rgb(r, g, b), or as var(--name) of a colour in :root.",
                "themes/t/static/style.css:7: warning: the colour 'hsl(0 0% 50%)' cannot be checked for contrast. Write "
                        + "the colour as #rrggbb or rgb(r, g, b), or as var(--name) of a colour in :root."),
                check("""
                        @page { margin: 2cm; color: #fff; }
                        @media print {
                          .x { color: #eee; }
                        }
                        /* a comment with { braces } */
                        .y { color: var(--missing); }
                        .z { color: hsl(0 0% 50%); content: "a;b}"; }
                        .w { color: currentColor; }
                        """));
    }

    @Test
    void checksChartColoursAgainstTheChartBackground() {
        new ContrastChecker(diags).checkChart(List.of(new Colour(0, 114, 178), new Colour(0xE6, 0x9F, 0x00)),
                Colour.WHITE);
        assertEquals(List.of(ContrastChecker.PALETTE + ": the chart colour '#e69f00' (series 2) has a contrast of "
                + "2.25:1 on the background '#ffffff'; WCAG 2.1 AA asks at least 3.0:1. Report this as a bug in "
                + "policybake; the colours are in ChartPalette."),
                diags.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void theShippedChartPalettePasses() {
        new ContrastChecker(diags).checkChart(nl.policybake.render.chart.ChartPalette.series().stream()
                .map(c -> new Colour(c.getRed(), c.getGreen(), c.getBlue())).toList(), Colour.WHITE);
        assertEquals(0, diags.errorCount());
    }
}
