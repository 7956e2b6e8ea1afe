package nl.policybake.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import nl.policybake.model.data.ChartBlock;
import nl.policybake.model.data.DataRow;
import nl.policybake.model.Period;

/**
 * Draws a chart block as SVG with JFreeChart: fixed size and font, no shadows or gradients, the palette and marker
 * shapes of {@link ChartPalette}, numbers formatted for the site's language. The SVG scales to its container, has
 * {@code role="img"} with a {@code <title>} and a {@code <desc>}, and ids derived from {@code id} only, so the same
 * data gives the same bytes.
 */
public final class ChartRenderer {

    static final int WIDTH = 720;
    static final int HEIGHT = 400;
    private static final Font FONT = new Font("SansSerif", Font.PLAIN, 13);

    private final Locale locale;

    public ChartRenderer(Locale locale) {
        this.locale = locale;
    }

    /**
     * The SVG of {@code block}.
     *
     * @param id unique on the page; prefixes every id inside the SVG
     * @param periods the agenda's periods, marked on the x axis when the block asks for it
     */
    public String svg(ChartBlock block, String id, String description, List<Period> periods) {
        JFreeChart chart = chart(block);
        if (block.periods()) markPeriods(chart.getCategoryPlot(), block, periods);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        // coordinates to hundredths; transforms keep every digit, a rotation needs them
        g.setGeomDoubleConverter(SvgNumbers::hundredths);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        String svg = SvgStyles.toAttributes(g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null));
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String head = svg.substring(0, open - 1) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""
                + " class=\"chart-svg\">";
        return head + "<title id=\"" + id + "-title\">" + escape(block.title()) + "</title><desc id=\"" + id + "-desc\">"
                + escape(description) + "</desc>" + svg.substring(open);
    }

    private JFreeChart chart(ChartBlock block) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r : block.rows()) {
            DataRow row = block.data().rows().get(r);
            for (int c : block.columns()) {
                BigDecimal v = row.cells().get(c).value().orElse(null);
                data.addValue(v, row.label(), block.data().columns().get(c));
            }
        }
        String unit = block.unit();
        JFreeChart chart = switch (block.type()) {
            case LINE -> ChartFactory.createLineChart(null, null, unit, data, PlotOrientation.VERTICAL, true, false, false);
            case STACKED_BAR -> ChartFactory.createStackedBarChart(null, null, unit, data, PlotOrientation.VERTICAL, true,
                    false, false);
            case BAR, GROUPED_BAR -> ChartFactory.createBarChart(null, null, unit, data, PlotOrientation.VERTICAL, true,
                    false, false);
        };
        style(chart, block, data);
        return chart;
    }

    private void style(JFreeChart chart, ChartBlock block, DefaultCategoryDataset data) {
        chart.setBackgroundPaint(ChartPalette.BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(ChartPalette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xC9D2DB));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(format());
        range.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        range.setTickLabelPaint(new Color(0x1B1B1B));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(FONT);
        domain.setTickLabelPaint(new Color(0x1B1B1B));
        domain.setMaximumCategoryLabelLines(3);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setVisible(data.getRowCount() > 1);
        int series = data.getRowCount();
        boolean labels = series * data.getColumnCount() <= 12;
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(true);
            bars.setItemMargin(0.05);
            for (int s = 0; s < series; s++) {
                bars.setSeriesPaint(s, ChartPalette.colour(s));
                bars.setSeriesOutlinePaint(s, Color.WHITE);
            }
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labelFormat(block)));
            bars.setDefaultItemLabelFont(FONT);
            bars.setDefaultItemLabelsVisible(labels && block.type() != ChartBlock.Type.STACKED_BAR);
        } else if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
            for (int s = 0; s < series; s++) {
                lines.setSeriesPaint(s, ChartPalette.colour(s));
                lines.setSeriesShape(s, ChartPalette.shape(s));
                lines.setSeriesStroke(s, ChartPalette.stroke(s));
            }
        }
        block.target().ifPresent(t -> {
            ValueMarker marker = new ValueMarker(t.doubleValue(), new Color(0x1B1B1B),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(format().format(t));
            marker.setLabelFont(FONT);
            plot.addRangeMarker(marker);
        });
    }

    private void markPeriods(CategoryPlot plot, ChartBlock block, List<Period> periods) {
        for (Period p : periods) {
            String start = String.valueOf(p.start().getYear());
            for (int c : block.columns()) {
                if (block.data().columns().get(c).strip().equals(start)) {
                    CategoryMarker m = new CategoryMarker(start, new Color(0x4D4D4D), new BasicStroke(1f));
                    m.setDrawAsLine(true);
                    m.setLabel(p.id());
                    m.setLabelFont(FONT);
                    plot.addDomainMarker(m);
                }
            }
        }
    }

    /** Values on bars with as many decimals as the data has, so 257,30 stays 257,30. */
    private NumberFormat labelFormat(ChartBlock block) {
        int scale = 0;
        for (int r : block.rows()) {
            for (int c : block.columns()) scale = Math.max(scale, block.data().rows().get(r).cells().get(c).scale());
        }
        DecimalFormat f = (DecimalFormat) format();
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f;
    }

    private NumberFormat format() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.##", symbols);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
