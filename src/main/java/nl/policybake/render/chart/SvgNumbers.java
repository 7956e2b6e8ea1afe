package nl.policybake.render.chart;

/**
 * How the chart SVG writes its coordinates: to two decimals, without trailing zeros ({@code 557.8}, {@code 337.07},
 * {@code 12}). JFreeSVG's default is the shortest text that reads back as the same {@code double}, so a chart was
 * full of {@code 557.8000000000001} and {@code 193.6999969482422}: a hundredth of a unit of a 720 by 400 view box is
 * far below a screen pixel, and the shortest form took a quarter of the time spent drawing charts.
 */
final class SvgNumbers {

    private SvgNumbers() {
    }

    /** {@code value} rounded to hundredths (halves away from zero), as SVG reads it; never {@code -0}. */
    static String hundredths(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e15) return Double.toString(value);
        long h = Math.round(Math.abs(value) * 100);
        if (h == 0) return "0";
        StringBuilder sb = new StringBuilder(12);
        if (value < 0) sb.append('-');
        sb.append(h / 100);
        int fraction = (int) (h % 100);
        if (fraction != 0) {
            sb.append('.').append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) sb.append((char) ('0' + fraction % 10));
        }
        return sb.toString();
    }
}
