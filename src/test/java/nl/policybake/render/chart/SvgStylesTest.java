package nl.policybake.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner against the regular expressions it replaced, which are kept here as its oracle. */
class SvgStylesTest {

    @Test
    void turnsStylesIntoPresentationAttributesAndDropsJFreeSvgsNamespace() {
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"rgb(1,2,3)\" stroke-width=\"1.0\"/>"
                        + "<text font-family=\"&quot;A&amp;B&quot;, sans\" x=\"1\">t</text></svg>",
                SvgStyles.toAttributes("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:jfreesvg=\"http://www.jfree"
                        + ".org/jfreesvg/svg\"><rect style=\"fill: rgb(1,2,3); stroke-width: 1.0;\"/>"
                        + "<text style='font-family: \"A&B\", sans' x=\"1\">t</text></svg>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<g style=\"\"/><g style=\";;\"/><g style=\"a\"/><g style=\" a : b ;c:d\"/>",
        "<g style=\"fill: red\" style='stroke: blue'/> style=x <g style=\"open",
        "<g style=\"a:b\"/> xmlns:jfreesvg=broken xmlns:jfreesvg='x' xmlns:jfreesvg=\"y\"",
        "text style= style=' and no end",
    })
    void givesWhatTheRegularExpressionsGave(String svg) {
        assertEquals(oracle(svg), SvgStyles.toAttributes(svg));
    }

    @Test
    void givesWhatTheRegularExpressionsGaveForARealChart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int year = 2018; year <= 2024; year++) {
            data.addValue(1000 + 37 * year % 400, "Jeugdigen \"met\" hulp", Integer.toString(year));
            data.addValue(800 + 53 * year % 300, "Wachtenden & overig", Integer.toString(year));
        }
        for (JFreeChart chart : new JFreeChart[] {ChartFactory.createLineChart("Bereik", "Jaar", "Aantal", data),
                ChartFactory.createStackedBarChart("Kosten", "Jaar", "Euro", data)}) {
            SVGGraphics2D g = new SVGGraphics2D(640, 360);
            chart.draw(g, new Rectangle(640, 360));
            String svg = g.getSVGElement();
            assertTrue(svg.contains(" style='"), "JFreeSVG writes styles");
            String converted = SvgStyles.toAttributes(svg);
            assertEquals(oracle(svg), converted);
            assertFalse(converted.contains(" style="), converted);
        }
    }

    private static final Pattern STYLE = Pattern.compile(" style=(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern JFREESVG_NS = Pattern.compile(" xmlns:jfreesvg=(\"[^\"]*\"|'[^']*')");

    /** SvgStyles as it was, with regular expressions. */
    private static String oracle(String svg) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        while (m.find()) {
            String declarations = m.group(2) != null ? m.group(2) : m.group(3);
            StringBuilder attributes = new StringBuilder();
            for (String d : declarations.split(";")) {
                int colon = d.indexOf(':');
                if (colon < 0) continue;
                String value = d.substring(colon + 1).strip().replace("&", "&amp;").replace("\"", "&quot;");
                attributes.append(' ').append(d.substring(0, colon).strip()).append("=\"").append(value).append('"');
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(attributes.toString()));
        }
        m.appendTail(sb);
        return JFREESVG_NS.matcher(sb).replaceFirst("");
    }
}
