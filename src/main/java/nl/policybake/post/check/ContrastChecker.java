package nl.policybake.post.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Checks the colours of a theme's CSS against the contrast minimums of WCAG 2.1 AA: 4.5:1 for text, 3:1 for large
 * text (24px, or 18.5px bold) and for the boundary of form controls and buttons (1.4.3, 1.4.11). Which colours meet:
 * <ul>
 * <li>a rule's {@code color} and the background it sits on: the rule's own {@code background(-color)}; else the
 *     backgrounds its {@code /* on: ... *}{@code /} note names (the theme says where the element appears, which CSS
 *     alone does not tell); else the page background ({@code body});</li>
 * <li>a rule that sets only a background: the page's text colour on it (the text inherits);</li>
 * <li>a rule for {@code input}, {@code select}, {@code textarea}, {@code button} or a {@code .button}: its border (or
 *     else its background) against the background around it.</li>
 * </ul>
 * {@code var()} is resolved from {@code :root}; {@code inherit} counts as the page's text colour. Each shortfall is an
 * error at the line of the declaration; a colour this check cannot read is a warning.
 */
final class ContrastChecker {

    static final double TEXT = 4.5;
    static final double LARGE = 3.0;
    static final double UI = 3.0;

    static final String PALETTE = "src/main/java/nl/policybake/render/chart/ChartPalette.java";

    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[A-Za-z0-9_-]+)\\s*(?:,([^()]*))?\\)");
    private static final Pattern CONTROL = Pattern.compile("(^|[\\s>+~])(input|select|textarea|button)\\b|\\.button\\b");
    private static final List<String> KEYWORDS = List.of("currentcolor", "transparent", "none", "initial", "unset",
            "revert", "inherit", "canvastext", "canvas");

    private final Diagnostics diags;

    ContrastChecker(Diagnostics diags) {
        this.diags = diags;
    }

    /** Checks the style sheet {@code css} found at {@code path} (relative to the site root). */
    void check(String path, String css) {
        List<StyleSheet.Rule> rules = StyleSheet.parse(css);
        Map<String, String> vars = new HashMap<>();
        for (StyleSheet.Rule r : rules) {
            if (r.selectors().equals(":root") && r.media().isEmpty()) {
                r.declarations().stream().filter(d -> d.property().startsWith("--"))
                        .forEach(d -> vars.put(d.property(), d.value()));
            }
        }
        Sheet sheet = new Sheet(path, vars);
        Colour page = Colour.WHITE;
        Colour ink = Colour.BLACK;
        for (StyleSheet.Rule r : rules) {
            if (!r.media().isEmpty() || !r.selectors().matches("(html|body)(\\s*,\\s*(html|body))?")) continue;
            page = sheet.colour(background(r), false).orElse(page);
            ink = sheet.colour(r.last("color"), false).orElse(ink);
        }
        for (StyleSheet.Rule r : rules) rule(sheet, r, page, ink);
    }

    private void rule(Sheet sheet, StyleSheet.Rule r, Colour page, Colour ink) {
        StyleSheet.Declaration fg = r.last("color");
        StyleSheet.Declaration bg = background(r);
        Optional<Colour> own = sheet.colour(bg, true);
        List<Colour> around = around(sheet, r, page);
        if (fg != null) {
            Optional<Colour> text = fg.value().strip().equalsIgnoreCase("inherit") ? Optional.of(ink)
                    : sheet.colour(fg, true);
            boolean large = isLarge(r);
            for (Colour back : own.map(List::of).orElse(around)) {
                text.ifPresent(t -> pair(sheet, fg, r, t, back, large ? LARGE : TEXT,
                        large ? "check.contrastLarge" : "check.contrastText"));
            }
        } else if (own.isPresent() && !r.selectors().equals(":root")) {
            pair(sheet, bg, r, ink, own.get(), TEXT, "check.contrastText");
        }
        if (CONTROL.matcher(r.selectors()).find()) {
            StyleSheet.Declaration edge = border(r);
            Optional<Colour> boundary = edge != null ? sheet.colour(edge, true) : own;
            StyleSheet.Declaration at = edge != null ? edge : bg;
            for (Colour back : around) boundary.ifPresent(c -> pair(sheet, at, r, c, back, UI, "check.contrastUi"));
        }
    }

    private void pair(Sheet sheet, StyleSheet.Declaration at, StyleSheet.Rule r, Colour fore, Colour back,
                      double minimum, String key) {
        double ratio = fore.contrast(back);
        if (ratio >= minimum) return;
        Locale locale = diags.messages().locale();
        diags.error(SourcePos.of(sheet.path(), at.line()), key, fore.hex(), back.hex(), r.selectors(),
                ratio(ratio, locale), String.format(locale, "%.1f", minimum));
    }

    /**
     * Checks chart series colours against the chart background at 3:1 (1.4.11, graphical objects). The palette is
     * part of policybake, not of the site, so a shortfall is reported at its Java source.
     */
    void checkChart(List<Colour> series, Colour background) {
        Locale locale = diags.messages().locale();
        for (int i = 0; i < series.size(); i++) {
            double ratio = series.get(i).contrast(background);
            if (ratio < UI) {
                diags.error(SourcePos.file(PALETTE), "check.contrastChart", series.get(i).hex(), background.hex(),
                        i + 1, ratio(ratio, locale), String.format(locale, "%.1f", UI));
            }
        }
    }

    /** The ratio rounded down to two decimals, so 4.497 never shows as 4.50. */
    static String ratio(double ratio, Locale locale) {
        return String.format(locale, "%.2f", Math.floor(ratio * 100) / 100);
    }

    /** The backgrounds around the rule's element: its {@code on:} note, else the page. */
    private List<Colour> around(Sheet sheet, StyleSheet.Rule r, Colour page) {
        if (r.on().isEmpty()) return List.of(page);
        List<Colour> list = new ArrayList<>();
        for (String part : r.on().split(",")) {
            sheet.colour(new StyleSheet.Declaration("on", part.strip(), r.line()), true).ifPresent(list::add);
        }
        return list;
    }

    private static StyleSheet.Declaration background(StyleSheet.Rule r) {
        StyleSheet.Declaration found = null;
        for (StyleSheet.Declaration d : r.declarations()) {
            if (d.property().equals("background") || d.property().equals("background-color")) found = d;
        }
        return found;
    }

    private static StyleSheet.Declaration border(StyleSheet.Rule r) {
        StyleSheet.Declaration found = null;
        for (StyleSheet.Declaration d : r.declarations()) {
            if (d.property().equals("border") || d.property().equals("border-color")) found = d;
        }
        return found;
    }

    private static boolean isLarge(StyleSheet.Rule r) {
        StyleSheet.Declaration size = r.last("font-size");
        if (size == null) return false;
        double px = px(size.value().strip().toLowerCase(Locale.ROOT));
        StyleSheet.Declaration weight = r.last("font-weight");
        boolean bold = weight != null && weight.value().strip().matches("bold|bolder|[7-9]00");
        return px >= 24 || (bold && px >= 18.5);
    }

    private static double px(String size) {
        Matcher m = Pattern.compile("([0-9.]+)(rem|em|px|pt|%)").matcher(size);
        if (!m.matches()) return 0; // clamp(), calc(), keywords: not counted as large
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "rem", "em" -> v * 16;
            case "pt" -> v * 4 / 3;
            case "%" -> v * 16 / 100;
            default -> v;
        };
    }

    /** The custom properties of one style sheet and the reading of colour values through them. */
    private final class Sheet {
        private final String path;
        private final Map<String, String> vars;

        Sheet(String path, Map<String, String> vars) {
            this.path = path;
            this.vars = vars;
        }

        String path() {
            return path;
        }

        /**
         * The colour in declaration {@code d}: its value, or in a shorthand ({@code 1px solid #6b6b6b}) the one part
         * that is a colour. A value that names no colour this check knows is a warning when {@code report}.
         */
        Optional<Colour> colour(StyleSheet.Declaration d, boolean report) {
            if (d == null) return Optional.empty();
            String value = resolve(d.value(), 0);
            if (value == null) {
                if (report) diags.warning(SourcePos.of(path, d.line()), "check.unknownColour", d.value());
                return Optional.empty();
            }
            Optional<Colour> whole = Colour.parse(value);
            if (whole.isPresent()) return whole;
            for (String part : value.split("\\s+(?![^(]*\\))")) {
                Optional<Colour> c = Colour.parse(part);
                if (c.isPresent()) return c;
            }
            boolean named = d.property().equals("color") || d.property().equals("on");
            if (report && named && !KEYWORDS.contains(value.strip().toLowerCase(Locale.ROOT))) {
                diags.warning(SourcePos.of(path, d.line()), "check.unknownColour", d.value());
            }
            return Optional.empty();
        }

        /** {@code value} with every {@code var()} replaced; null when a variable is not defined. */
        private String resolve(String value, int depth) {
            Matcher m = VAR.matcher(value);
            if (!m.find()) return value;
            if (depth > 10) return null; // a cycle
            String v = vars.getOrDefault(m.group(1), m.group(2));
            if (v == null) return null;
            String next = value.substring(0, m.start()) + v.strip() + value.substring(m.end());
            return resolve(next, depth + 1);
        }
    }
}
