package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RevenueChartTest {
    private final String svg = RevenueChart.render(ChartSamples.revenue());
    private final Document doc = SvgAssert.parse(svg);

    @Test
    void isAccessible() {
        SvgAssert.accessibleRoot(svg, "Revenue");
        assertTrue(doc.selectFirst("desc")
                .text()
                .contains("2024: \u2013; 2025: \u20ac1,610k; 2026 target: \u20ac1,800k (Forecast)"));
    }

    @Test
    void forecastBarsAreHatchedAndDashed() {
        assertEquals(3, doc.select("g.kp-bar-actual rect.kp-bar-shape").size()); // 2024 has no figure
        assertEquals(4, doc.select("g.kp-bar-forecast rect.kp-bar-shape").size());
        for (Element r : doc.select("g.kp-bar-forecast rect.kp-bar-shape")) {
            assertTrue(r.attr("fill").endsWith("pat-forecast)"));
            assertFalse(r.attr("stroke-dasharray").isEmpty());
        }
        for (Element r : doc.select("g.kp-bar-actual rect.kp-bar-shape")) {
            assertTrue(r.attr("stroke-dasharray").isEmpty());
        }
    }

    @Test
    void amountsUseTheCallersFormatterAndTicksAreRound() {
        assertTrue(doc.select("text.kp-bar-value").eachText().contains("\u20ac2,500k"));
        List<String> ticks = doc.select("g.kp-axis text").eachText();
        assertEquals(
                List.of("\u20ac0k", "\u20ac500k", "\u20ac1,000k", "\u20ac1,500k", "\u20ac2,000k", "\u20ac2,500k"),
                ticks);
    }

    @Test
    void barHeightsAreProportional() {
        Element b2023 = bar("2023");
        Element b2029 = bar("2029");
        double h2023 = Double.parseDouble(b2023.attr("height"));
        double h2029 = Double.parseDouble(b2029.attr("height"));
        assertEquals(2_500_000.0 / 1_320_000.0, h2029 / h2023, 0.01);
    }

    @Test
    void niceTicks() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Ticks.nice(0, 97, 5));
        assertEquals(List.of(-50.0, 0.0, 50.0, 100.0, 150.0), Ticks.nice(-20, 138, 5));
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), Ticks.nice(0, 0, 5));
    }

    private Element bar(String label) {
        return doc.select("g.kp-bar").stream()
                .filter(g -> g.select("text").last().text().equals(label))
                .findFirst()
                .orElseThrow()
                .selectFirst("rect");
    }
}
