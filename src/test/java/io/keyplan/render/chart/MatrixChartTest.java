package io.keyplan.render.chart;

import static io.keyplan.render.chart.SvgAssert.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class MatrixChartTest {
    private final String svg = MatrixChart.render(ChartSamples.matrix());
    private final Document doc = SvgAssert.parse(svg);

    @Test
    void isAnAccessibleSvgWithAGeneratedDescription() {
        SvgAssert.accessibleGroup(svg, "Portfolio matrix");
        String desc = doc.selectFirst("desc").text();
        assertTrue(desc.contains("Globex 7.9 / 3 (Star)"), desc);
        MatrixGeometry.assertLinksAreReachable(doc);
    }

    @Test
    void drawsOneBubblePerAccountWithAreaProportionalToRevenue() {
        Elements bubbles = doc.select("g.kp-bubbles circle.kp-bubble");
        assertEquals(7, bubbles.size());
        double acme = d(
                bubbles.stream()
                        .filter(c -> title(c).startsWith("Acme"))
                        .findFirst()
                        .orElseThrow(),
                "r");
        double globex = d(circleOf("Globex"), "r");
        double umbrella = d(circleOf("Umbrella Corporation"), "r");
        // 4,000,000 vs 1,000,000 revenue: area x4, radius x2.
        assertEquals(2.0, acme / globex, 0.01);
        assertEquals(Math.sqrt(4_000_000.0 / 640_000.0), acme / umbrella, 0.01);
        assertEquals(MatrixChart.MAX_R, acme, 0.01);
    }

    @Test
    void accountWithoutRevenueIsASmallHollowMarker() {
        Element hooli = circleOf("Hooli");
        assertTrue(hooli.hasClass("kp-no-revenue"));
        assertEquals("none", hooli.attr("fill"));
        assertEquals(MatrixChart.HOLLOW_R, d(hooli, "r"), 0.01);
    }

    @Test
    void derivedPositionIsDashed() {
        Element umbrella = circleOf("Umbrella Corporation");
        assertTrue(umbrella.hasClass("kp-derived"));
        assertFalse(umbrella.attr("stroke-dasharray").isEmpty());
        assertFalse(circleOf("Globex").hasClass("kp-derived"));
        assertTrue(title(umbrella).contains("position derived from relationship stage"));
    }

    @Test
    void highPositionIsOnTheLeftAndHighAttractivenessAtTheTop() {
        assertTrue(d(circleOf("Wayne Enterprises"), "cx") < d(circleOf("Globex"), "cx"));
        assertTrue(d(circleOf("Globex"), "cy") < d(circleOf("Hooli"), "cy"));
        // Strategic (high/high) is the top-left quadrant.
        Element strategic = doc.selectFirst("rect.kp-q-strategic");
        assertEquals(MatrixChart.LEFT, d(strategic, "x"), 0.01);
        assertEquals(MatrixChart.TOP, d(strategic, "y"), 0.01);
    }

    @Test
    void hostileNamesAreEscapedAndLinksStayRelative() {
        assertTrue(svg.contains("Acme &lt;Holdings&gt; &amp; &quot;Sons&quot;"));
        assertFalse(svg.contains("<Holdings>"));
        assertTrue(doc.select("a text.kp-bubble-label").eachText().contains("Acme <Holdings> & \"Sons\""));
        Elements links = doc.select("a[href]");
        assertEquals(7, links.size());
        for (Element a : links) {
            assertTrue(a.attr("href").startsWith("../accounts/"), a.attr("href"));
        }
    }

    @Test
    void unsafeLinksAreDropped() {
        MatrixChart.Input in = new MatrixChart.Input(
                "m",
                ChartSamples.matrixLabels(),
                5.5,
                ChartSamples.LOCALE,
                List.of(
                        ChartSamples.point("Evil", "javascript:alert(1)", 5, 5, 1.0, false),
                        ChartSamples.point("Away", "https://example.com/", 6, 6, 1.0, false),
                        ChartSamples.point("Root", "/accounts/x/", 7, 7, 1.0, false)));
        Document d = SvgAssert.parse(MatrixChart.render(in));
        assertEquals(3, d.select("circle.kp-bubble").size() - 3); // three more in the legend
        assertTrue(d.select("a").isEmpty());
        assertNull(Links.safeRelative("JavaScript:x"));
        assertNotNull(Links.safeRelative("../a/b.html#x"));
    }

    @Test
    void bubbleLabelsDoNotOverlapEachOther() {
        List<Box> boxes = new ArrayList<>();
        for (Element t : doc.select("g.kp-bubbles text.kp-bubble-label")) {
            double w = Svg.textWidth(t.text(), MatrixChart.LABEL_FS);
            boxes.add(new Box(d(t, "x"), d(t, "y") - MatrixChart.LABEL_FS + 2, w, MatrixChart.LABEL_FS + 2));
        }
        assertEquals(7, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertEquals(0.0, boxes.get(i).overlap(boxes.get(j)), 0.001, "labels " + i + " and " + j);
            }
        }
    }

    @Test
    void labelsCoverNothingInTheSample() {
        assertEquals(7, MatrixGeometry.assertLabelsClear(doc), "every sample bubble has room for its name");
        assertEquals(0, MatrixChart.draw(ChartSamples.matrix()).unlabelled());
    }

    @Test
    void aCrowdedMatrixLeavesNamesOutRatherThanOverlapThem() {
        MatrixChart.Rendered r = MatrixChart.draw(ChartSamples.crowdedMatrix());
        Document crowded = SvgAssert.parse(r.svg());
        int labelled = MatrixGeometry.assertLabelsClear(crowded);
        assertTrue(labelled > 0 && labelled < 40, "some names fit, not all: " + labelled);
        assertEquals(40 - labelled, r.unlabelled());
        // every bubble keeps its name in its tooltip and in its link's accessible name
        assertEquals(40, crowded.select("g.kp-bubble-group > title + a[href]").size());
        for (int i = 0; i < 40; i++) {
            String name = "Crowded Account Number " + i + " GmbH";
            assertEquals(
                    1,
                    crowded.select("a[aria-label]").stream()
                            .filter(a -> a.attr("aria-label").startsWith(name + " \u2014"))
                            .count(),
                    name);
        }
        MatrixGeometry.assertLinksAreReachable(crowded);
    }

    @Test
    void scoresInTooltipsHaveTwoDecimalsLikeTheTables() {
        MatrixChart.Input in = new MatrixChart.Input(
                "m",
                ChartSamples.matrixLabels(),
                5.5,
                ChartSamples.LOCALE,
                List.of(ChartSamples.point("Acme", "../a/index.html", 4.55, 7.75, 1.0, false)));
        Document d = SvgAssert.parse(MatrixChart.render(in));
        String tip = d.selectFirst("g.kp-bubble-group > title").text();
        assertTrue(tip.contains("4.55") && tip.contains("7.75"), tip);
    }

    @Test
    void sameInputSameOutput() {
        assertEquals(svg, MatrixChart.render(ChartSamples.matrix()));
    }

    private Element circleOf(String name) {
        return doc.select("g.kp-bubbles circle.kp-bubble").stream()
                .filter(c -> title(c).startsWith(name + " "))
                .findFirst()
                .orElseThrow();
    }

    private static String title(Element circle) {
        // the tooltip belongs to the bubble's group, which holds the link with the circle when there is one
        return circle.closest("g.kp-bubble-group").selectFirst("> title").text();
    }

    @Test
    void onlyTheLargestBubblesAreNamedButEveryBubbleHasItsTooltip() {
        List<MatrixChart.Point> points = new ArrayList<>();
        int n = MatrixChart.MAX_LABELS + 50;
        for (int i = 1; i <= n; i++) {
            // Account i has revenue i: the largest are the last ones.
            points.add(new MatrixChart.Point(
                    "Account " + i,
                    "#a" + i,
                    1 + (i * 7 % 90) / 10.0,
                    1 + (i * 13 % 90) / 10.0,
                    (double) i * 1000,
                    null,
                    false));
        }
        Document big = SvgAssert.parse(MatrixChart.render(
                new MatrixChart.Input("big", ChartSamples.matrixLabels(), 5.5, java.util.Locale.UK, points)));
        assertEquals(n, big.select("g.kp-bubbles circle.kp-bubble").size());
        assertEquals(n, big.select("g.kp-bubble-group > title").size());
        Elements labels = big.select("text.kp-bubble-label");
        // At most MAX_LABELS are tried; of those, a name that would cover something is left out (issue 13).
        assertTrue(labels.size() <= MatrixChart.MAX_LABELS && labels.size() > 0, "labels: " + labels.size());
        assertEquals(labels.size(), MatrixGeometry.assertLabelsClear(big));
        for (Element label : labels) {
            int i = Integer.parseInt(label.text().substring("Account ".length()));
            assertTrue(i > n - MatrixChart.MAX_LABELS, "a small account got a name: " + label.text());
        }
    }
}
