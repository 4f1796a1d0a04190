package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CompletenessTrendTest {
    private static final CompletenessTrend.Input INPUT = new CompletenessTrend.Input(
            "trend-acme",
            new CompletenessTrend.Labels("Completeness of Acme", "3 changes: from 20 % to 60 %"),
            Locale.UK,
            LocalDate::toString,
            List.of(
                    new CompletenessTrend.Point(LocalDate.of(2026, 1, 1), 20.0),
                    new CompletenessTrend.Point(LocalDate.of(2026, 1, 11), null),
                    new CompletenessTrend.Point(LocalDate.of(2026, 1, 21), 40.0),
                    new CompletenessTrend.Point(LocalDate.of(2026, 1, 31), 60.0)));

    private final String svg = CompletenessTrend.render(INPUT);
    private final Document doc = SvgAssert.parse(svg);

    @Test
    void isAccessibleWithTheCallersTextAlternative() {
        SvgAssert.accessibleRoot(svg, "Completeness of Acme");
        assertEquals("3 changes: from 20 % to 60 %", doc.selectFirst("desc").text());
    }

    @Test
    void everyFigureIsAMarkerWithItsOwnTooltipAndAPlanThatDidNotLoadBreaksTheLine() {
        List<Element> points = doc.select("circle.kp-trend-point");
        assertEquals(3, points.size());
        assertEquals(
                List.of("2026-01-01: 20%", "2026-01-21: 40%", "2026-01-31: 60%"),
                points.stream().map(p -> p.selectFirst("title").text()).toList());
        String d = doc.selectFirst("path.kp-trend-line").attr("d");
        // Two pieces: the first point alone, then the last two joined.
        assertEquals(2, d.split("M").length - 1, d);
        assertEquals(1, d.split("L").length - 1, d);
    }

    @Test
    void xIsTimeAndYIsPercentFromZeroToHundred() {
        List<Element> points = doc.select("circle.kp-trend-point");
        double x0 = SvgAssert.d(points.get(0), "cx");
        double x1 = SvgAssert.d(points.get(1), "cx");
        double x2 = SvgAssert.d(points.get(2), "cx");
        assertEquals(CompletenessTrend.LEFT, x0, 0.01);
        assertEquals(CompletenessTrend.W - CompletenessTrend.RIGHT, x2, 0.01);
        assertEquals(2.0, (x1 - x0) / (x2 - x1), 0.01, "20 days then 10 days");
        double y20 = SvgAssert.d(points.get(0), "cy");
        double y60 = SvgAssert.d(points.get(2), "cy");
        assertEquals(CompletenessTrend.TOP + 0.8 * CompletenessTrend.PLOT_H, y20, 0.01);
        assertEquals(CompletenessTrend.TOP + 0.4 * CompletenessTrend.PLOT_H, y60, 0.01);
        assertEquals(
                List.of("0%", "25%", "50%", "75%", "100%"),
                doc.select("g.kp-axis text").eachText().subList(0, 5));
    }

    @Test
    void aSingleCommitSitsInTheMiddleAndTheAxisNamesItsDate() {
        Document one = SvgAssert.parse(CompletenessTrend.render(new CompletenessTrend.Input(
                "t",
                new CompletenessTrend.Labels("T", "one"),
                Locale.UK,
                LocalDate::toString,
                List.of(new CompletenessTrend.Point(LocalDate.of(2026, 3, 1), 50.0)))));
        Element p = one.selectFirst("circle.kp-trend-point");
        double mid =
                CompletenessTrend.LEFT + (CompletenessTrend.W - CompletenessTrend.LEFT - CompletenessTrend.RIGHT) / 2;
        assertEquals(mid, SvgAssert.d(p, "cx"), 0.01);
        assertTrue(one.select("g.kp-axis text").eachText().contains("2026-03-01"));
    }

    @Test
    void isTheSameBytesEachTime() {
        assertEquals(svg, CompletenessTrend.render(INPUT));
    }
}
