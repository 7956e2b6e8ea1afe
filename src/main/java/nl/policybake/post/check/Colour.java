package nl.policybake.post.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour as CSS writes it, and the WCAG 2.1 contrast ratio between two of them
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 */
record Colour(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*"
            + "(?:,\\s*(1|1\\.0+|100%))?\\s*\\)");

    static final Colour WHITE = new Colour(255, 255, 255);
    static final Colour BLACK = new Colour(0, 0, 0);

    /**
     * The colour {@code css} names: {@code #rgb}, {@code #rrggbb}, opaque {@code rgb()}/{@code rgba()}, {@code white}
     * or {@code black}; empty for anything else (translucent colours, other names, keywords).
     */
    static Optional<Colour> parse(String css) {
        String s = css.strip().toLowerCase(Locale.ROOT);
        if (s.equals("white")) return Optional.of(WHITE);
        if (s.equals("black")) return Optional.of(BLACK);
        Matcher hex = HEX.matcher(s);
        if (hex.matches()) {
            String h = hex.group(1);
            if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            int v = Integer.parseInt(h, 16);
            return Optional.of(new Colour(v >> 16, (v >> 8) & 0xFF, v & 0xFF));
        }
        Matcher rgb = RGB.matcher(s);
        if (rgb.matches()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            if (r <= 255 && g <= 255 && b <= 255) return Optional.of(new Colour(r, g, b));
        }
        return Optional.empty();
    }

    /** The relative luminance, 0 (black) to 1 (white). */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The contrast ratio with {@code other}, 1 to 21, the same either way round. */
    double contrast(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** {@code #rrggbb}, lower case. */
    String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
