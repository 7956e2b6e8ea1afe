package nl.policybake.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Series colours after Okabe and Ito's colour-blind-safe palette, darkened where needed so each keeps at least 3:1
 * contrast against white; and a marker shape and dash per series, so series differ by more than colour.
 */
public final class ChartPalette {

    /** The background every chart is drawn on; the series colours keep 3:1 against it. */
    public static final Color BACKGROUND = Color.WHITE;

    static final Color[] COLOURS = {
        new Color(0x0072B2), // blue, 5.1:1
        new Color(0xB35900), // dark orange, 4.6:1
        new Color(0x007A5E), // bluish green, 5.3:1
        new Color(0xA3517F), // reddish purple, 5.3:1
        new Color(0x4D4D4D), // dark grey, 8.5:1
        new Color(0x2D5DA1), // dark sky blue, 6.5:1
    };

    private ChartPalette() {
    }

    /** The series colours in the order series get them, for the contrast check of {@code check}. */
    public static List<Color> series() {
        return List.of(COLOURS);
    }

    static Color colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    static Shape shape(int series) {
        double s = 8;
        return switch (series % 4) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> triangle(s);
            default -> diamond(s);
        };
    }

    static Stroke stroke(int series) {
        float[][] dashes = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};
        float[] dash = dashes[series % dashes.length];
        return dash == null ? new BasicStroke(2.5f) : new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    private static Shape triangle(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s / 2);
        p.lineTo(s / 2, s / 2);
        p.lineTo(-s / 2, s / 2);
        p.closePath();
        return p;
    }

    private static Shape diamond(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s / 2);
        p.lineTo(s / 2, 0);
        p.lineTo(0, s / 2);
        p.lineTo(-s / 2, 0);
        p.closePath();
        return p;
    }
}
