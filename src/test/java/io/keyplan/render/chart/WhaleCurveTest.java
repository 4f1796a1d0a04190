package io.keyplan.render.chart;

import static io.keyplan.render.chart.SvgAssert.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WhaleCurveTest {
    private final String svg = WhaleCurve.render(ChartSamples.whale());
    private final Document doc = SvgAssert.parse(svg);

    @Test
    void isAccessible() {
        SvgAssert.accessibleRoot(svg, "Whale curve");
        assertTrue(doc.selectFirst("desc").text().contains("Cyberdyne <Systems> 100% \u2192 100%"));
    }

    @Test
    void pointsAreClassifiedByColourClassAndShape() {
        assertEquals(1, doc.select("g.kp-whale-points g.kp-whale-top").size());
        assertEquals(4, doc.select("g.kp-whale-points g.kp-whale-profitable").size());
        assertEquals(3, doc.select("g.kp-whale-points g.kp-whale-loss").size());
        String top =
                doc.selectFirst("g.kp-whale-points g.kp-whale-top .kp-marker").tagName();
        String profitable = doc.selectFirst("g.kp-whale-points g.kp-whale-profitable .kp-marker")
                .tagName();
        String loss =
                doc.selectFirst("g.kp-whale-points g.kp-whale-loss .kp-marker").tagName();
        assertEquals("circle", top);
        assertEquals("rect", profitable);
        assertEquals("path", loss);
        // The legend shows the same three.
        assertEquals(3, doc.select("g.kp-legend .kp-marker").size());
    }

    @Test
    void curveRisesAbove100PercentAndTheAxisCoversIt() {
        assertTrue(doc.select("g.kp-axis text").eachText().contains("150%"));
        Element line = doc.selectFirst("path.kp-whale-line");
        assertTrue(line.attr("d").startsWith("M70,340"), line.attr("d")); // starts at the origin
        Element ref = doc.selectFirst("path.kp-reference");
        double y100 = Double.parseDouble(ref.attr("d").split("[ ,]")[1]);
        // The peak (138 %) is drawn above the 100 % line.
        Element peak = doc.select("g.kp-whale-profitable").stream()
                .filter(g -> g.selectFirst("title").text().startsWith("Wayne"))
                .findFirst()
                .orElseThrow()
                .selectFirst("rect");
        assertTrue(d(peak, "y") < y100);
    }

    @Test
    void negativeCumulativeProfitExtendsTheAxisBelowZero() {
        WhaleCurve.Input in = new WhaleCurve.Input(
                "w2",
                ChartSamples.whale().labels(),
                ChartSamples.LOCALE,
                java.util.List.of(
                        new WhaleCurve.Point("A", 50, -20, WhaleCurve.PointClass.LOSS),
                        new WhaleCurve.Point("B", 100, 100, WhaleCurve.PointClass.PROFITABLE)));
        Document d = SvgAssert.parse(WhaleCurve.render(in));
        assertTrue(d.select("g.kp-axis text").eachText().contains("-20%")
                || d.select("g.kp-axis text").eachText().contains("-25%"));
        assertEquals(1, d.select("path.kp-zero").size());
    }

    @Test
    void sameInputSameOutput() {
        assertEquals(svg, WhaleCurve.render(ChartSamples.whale()));
        assertNotEquals(
                svg,
                WhaleCurve.render(new WhaleCurve.Input(
                        "other",
                        ChartSamples.whale().labels(),
                        ChartSamples.LOCALE,
                        ChartSamples.whale().points())));
    }
}
