package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a rendered portfolio matrix by its geometry: every bubble label's text box, estimated
 * from font size and character count as the renderer estimates it, lies inside the plot and
 * overlaps no other label, no bubble, no threshold line and no quadrant name. Public so that the
 * page tests can check the matrix of the example portfolio.
 */
public final class MatrixGeometry {
    private MatrixGeometry() {}

    /** How many bubbles have a label, after asserting that no label covers anything. */
    public static int assertLabelsClear(Document svg) {
        Element frame = svg.selectFirst("rect.kp-frame");
        Box plot = new Box(d(frame, "x"), d(frame, "y"), d(frame, "width"), d(frame, "height"));
        String[] line = svg.selectFirst("path.kp-threshold").attr("d").split("[ MVH,]+");
        // "M tx,top V bottom M left,ty H right"
        double tx = Double.parseDouble(line[1]);
        double ty = Double.parseDouble(line[5]);
        List<double[]> circles = new ArrayList<>();
        for (Element c : svg.select("g.kp-bubbles circle.kp-bubble")) {
            circles.add(new double[] {d(c, "cx"), d(c, "cy"), d(c, "r")});
        }
        List<Box> names = new ArrayList<>();
        for (Element n : svg.select("text.kp-quadrant-name")) {
            Element sub = n.nextElementSibling();
            double w = Math.max(
                    Svg.textWidth(n.text(), 14),
                    sub != null && sub.hasClass("kp-quadrant-sub") ? Svg.textWidth(sub.text(), 11) : 0);
            double x = "end".equals(n.attr("text-anchor")) ? d(n, "x") - w : d(n, "x");
            names.add(new Box(x, d(n, "y") - 14, w, 30));
        }
        List<Box> labels = new ArrayList<>();
        for (Element t : svg.select("g.kp-bubbles text.kp-bubble-label")) {
            assertEquals(MatrixChart.LABEL_FS, d(t, "font-size"), 0.001);
            assertFalse(t.hasAttr("text-anchor"), "boxes are measured from the start of the text");
            double w = Svg.textWidth(t.text(), MatrixChart.LABEL_FS);
            Box b = new Box(d(t, "x"), d(t, "y") - MatrixChart.LABEL_FS + 2, w, MatrixChart.LABEL_FS + 2);
            String who = "label '" + t.text() + "'";
            assertTrue(
                    b.x() >= plot.x()
                            && b.y() >= plot.y()
                            && b.x() + b.w() <= plot.x() + plot.w()
                            && b.y() + b.h() <= plot.y() + plot.h(),
                    who + " leaves the plot");
            assertFalse(b.x() <= tx && tx <= b.x() + b.w(), who + " crosses the vertical threshold line");
            assertFalse(b.y() <= ty && ty <= b.y() + b.h(), who + " crosses the horizontal threshold line");
            for (double[] c : circles) {
                assertFalse(MatrixChart.touches(b, c, 0), who + " covers the bubble at " + c[0] + "," + c[1]);
            }
            for (Box n : names) {
                assertEquals(0.0, b.overlap(n), who + " covers a quadrant name");
            }
            for (int i = 0; i < labels.size(); i++) {
                assertEquals(0.0, b.overlap(labels.get(i)), who + " covers label " + i);
            }
            labels.add(b);
        }
        return labels.size();
    }

    /**
     * No link inside an element whose content is presentational (axe nested-interactive): a chart
     * with links is not an {@code img}; every link has its own accessible name.
     */
    public static void assertLinksAreReachable(Document svg) {
        Element root = svg.selectFirst("svg");
        if (!svg.select("a[href]").isEmpty()) {
            assertNotEquals("img", root.attr("role"), "links inside role=img");
        }
        assertTrue(svg.select("[role=img] a, [role=button] a, a a").isEmpty());
        for (Element a : svg.select("a[href]")) {
            assertFalse(a.attr("aria-label").isBlank(), "a bubble link without a name: " + a.attr("href"));
        }
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.attr(attr));
    }
}
