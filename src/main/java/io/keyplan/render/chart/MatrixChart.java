package io.keyplan.render.chart;

import io.keyplan.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * McDonald's directional policy matrix as inline SVG. Position (our strength) runs from
 * high on the LEFT to low on the right, as in McDonald's matrix, so "strategic" is top left.
 * Bubble AREA is proportional to current revenue.
 */
public final class MatrixChart {
    /** A quadrant's name and its one-line advice, already translated. */
    public record Quadrant(String name, String subtitle) {}

    /** Every text of the chart, already translated. {@code description} may be null: one is generated. */
    public record Labels(
            String title,
            String description,
            String positionAxis,
            String attractivenessAxis,
            String high,
            String low,
            Quadrant strategic,
            Quadrant star,
            Quadrant status,
            Quadrant streamline,
            String bubbleAreaNote,
            String derivedNote,
            String noRevenueNote) {}

    /**
     * One assessed account. Scores are 1..10. {@code revenue} null or <= 0 draws a small hollow
     * marker; {@code revenueLabel} is the caller-formatted amount (may be null);
     * {@code href} a relative link to the account page (may be null: no link).
     */
    public record Point(
            String name,
            String href,
            double position,
            double attractiveness,
            Double revenue,
            String revenueLabel,
            boolean positionDerived) {}

    /** The chart input; {@code id} must be unique on the page. {@code threshold} is usually 5.5. */
    public record Input(String id, Labels labels, double threshold, Locale locale, List<Point> points) {}

    static final double W = 760;
    static final double H = 640;
    static final double LEFT = 70;
    static final double TOP = 20;
    static final double PLOT_W = 660;
    static final double PLOT_H = 500;
    static final double MAX_R = 38;
    static final double MIN_R = 3;
    static final double HOLLOW_R = 5;
    static final double LABEL_FS = 12;
    /**
     * Only the largest bubbles carry their name: a few hundred names on one chart cannot be read,
     * and placing each one among all the others would cost more the bigger the portfolio. The
     * others are named in their tooltip and in the table beside the chart.
     */
    public static final int MAX_LABELS = 100;

    private static final double LO = 0.5;
    private static final double HI = 10.5;

    private MatrixChart() {}

    static double x(double position) {
        double p = clamp(position);
        return LEFT + (HI - p) / (HI - LO) * PLOT_W;
    }

    static double y(double attractiveness) {
        double a = clamp(attractiveness);
        return TOP + (HI - a) / (HI - LO) * PLOT_H;
    }

    private static double clamp(double v) {
        return Math.max(1, Math.min(10, v));
    }

    /** Radius for a revenue: area proportional to revenue, the largest bubble {@link #MAX_R}. */
    static double radius(Double revenue, double maxRevenue) {
        if (revenue == null || revenue <= 0 || maxRevenue <= 0) {
            return HOLLOW_R;
        }
        return Math.max(MIN_R, MAX_R * Math.sqrt(revenue / maxRevenue));
    }

    /** The chart as an SVG element. */
    public static String render(Input in) {
        Labels l = in.labels();
        Locale loc = in.locale();
        double t = in.threshold();
        Svg svg = new Svg(in.id(), "matrix", W, H, l.title(), l.description() != null ? l.description() : describe(in));

        double tx = x(Math.max(1, Math.min(10, t)));
        double ty = y(Math.max(1, Math.min(10, t)));
        double right = LEFT + PLOT_W;
        double bottom = TOP + PLOT_H;

        // Quadrants: with position high on the left, strategic is top left.
        quad(svg, "strategic", LEFT, TOP, tx - LEFT, ty - TOP);
        quad(svg, "star", tx, TOP, right - tx, ty - TOP);
        quad(svg, "status", LEFT, ty, tx - LEFT, bottom - ty);
        quad(svg, "streamline", tx, ty, right - tx, bottom - ty);
        svg.raw("<rect class=\"kp-frame\" x=\"" + Svg.num(LEFT) + "\" y=\"" + Svg.num(TOP) + "\" width=\""
                + Svg.num(PLOT_W) + "\" height=\"" + Svg.num(PLOT_H) + "\" fill=\"none\" stroke=\"#888\"/>\n");
        svg.raw("<path class=\"kp-threshold\" d=\"M" + Svg.num(tx) + "," + Svg.num(TOP) + " V" + Svg.num(bottom) + " M"
                + Svg.num(LEFT) + "," + Svg.num(ty) + " H" + Svg.num(right)
                + "\" stroke=\"#666\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" fill=\"none\"/>\n");

        // Quadrant names go on top of the bubbles (drawn last, with a halo) so a big bubble in a corner cannot hide
        // them.
        Box area = new Box(2, 2, W - 4, TOP + PLOT_H + 2);
        Boxes obstacles = new Boxes(area);
        Svg names = Svg.fragment();
        quadLabel(names, l.strategic(), LEFT + 8, TOP + 18, false, obstacles);
        quadLabel(names, l.star(), right - 8, TOP + 18, true, obstacles);
        quadLabel(names, l.status(), LEFT + 8, bottom - 24, false, obstacles);
        quadLabel(names, l.streamline(), right - 8, bottom - 24, true, obstacles);

        axes(svg, l, loc);

        double maxRevenue = 0;
        for (Point p : in.points()) {
            if (p.revenue() != null && p.revenue() > maxRevenue) {
                maxRevenue = p.revenue();
            }
        }
        List<double[]> circles = new ArrayList<>();
        for (Point p : in.points()) {
            double r = radius(p.revenue(), maxRevenue);
            circles.add(new double[] {x(p.position()), y(p.attractiveness()), r});
            obstacles.add(new Box(x(p.position()) - r, y(p.attractiveness()) - r, 2 * r, 2 * r));
        }
        // Draw big bubbles first so small ones stay visible and clickable on top.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < in.points().size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(circles.get(b)[2], circles.get(a)[2]));
        double[][] placed = new double[in.points().size()][];
        for (int i : order.subList(0, Math.min(MAX_LABELS, order.size()))) {
            Point p = in.points().get(i);
            double[] c = circles.get(i);
            placed[i] = placeLabel(p.name(), c, obstacles, area);
        }
        svg.raw("<g class=\"kp-bubbles\">\n");
        for (int i : order) {
            bubble(svg, in, in.points().get(i), circles.get(i), placed[i]);
        }
        svg.raw("</g>\n<g class=\"kp-quadrant-names\" pointer-events=\"none\">\n")
                .raw(names.body())
                .raw("</g>\n");
        legend(svg, l);
        return svg.finish();
    }

    private static void quad(Svg svg, String name, double x, double y, double w, double h) {
        if (w <= 0 || h <= 0) {
            return;
        }
        svg.raw("<rect class=\"kp-quadrant kp-q-" + name + "\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y)
                + "\" width=\"" + Svg.num(w) + "\" height=\"" + Svg.num(h) + "\" fill=\"#f3f4f6\"/>\n");
    }

    private static void quadLabel(Svg svg, Quadrant q, double x, double y, boolean alignEnd, Boxes obstacles) {
        if (q == null) {
            return;
        }
        String anchor = alignEnd ? " text-anchor=\"end\"" : "";
        double w = Math.max(Svg.textWidth(q.name(), 14), Svg.textWidth(q.subtitle(), 11));
        obstacles.add(new Box(alignEnd ? x - w : x, y - 14, w, 30));
        svg.raw("<text class=\"kp-quadrant-name kp-text\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\"" + anchor
                        + " font-size=\"14\" font-weight=\"bold\" fill=\"currentColor\">")
                .text(q.name())
                .raw("</text>\n");
        if (q.subtitle() != null && !q.subtitle().isBlank()) {
            svg.raw("<text class=\"kp-quadrant-sub kp-muted\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y + 14) + "\""
                            + anchor + " font-size=\"11\" fill=\"currentColor\">")
                    .text(q.subtitle())
                    .raw("</text>\n");
        }
    }

    private static void axes(Svg svg, Labels l, Locale loc) {
        double bottom = TOP + PLOT_H;
        StringBuilder ticks = new StringBuilder();
        svg.raw("<g class=\"kp-axis kp-text\" font-size=\"11\" fill=\"currentColor\">\n");
        for (int v = 1; v <= 10; v++) {
            ticks.append("M")
                    .append(Svg.num(x(v)))
                    .append(",")
                    .append(Svg.num(bottom))
                    .append(" v5 ");
            ticks.append("M")
                    .append(Svg.num(LEFT))
                    .append(",")
                    .append(Svg.num(y(v)))
                    .append(" h-5 ");
            svg.raw("<text x=\"" + Svg.num(x(v)) + "\" y=\"" + Svg.num(bottom + 18) + "\" text-anchor=\"middle\">" + v
                    + "</text>");
            svg.raw("<text x=\"" + Svg.num(LEFT - 9) + "\" y=\"" + Svg.num(y(v) + 4) + "\" text-anchor=\"end\">" + v
                    + "</text>\n");
        }
        svg.raw("</g>\n<path class=\"kp-tick\" d=\"" + ticks.toString().trim()
                + "\" stroke=\"#888\" fill=\"none\"/>\n");
        // Axis titles, with the direction spelled out because the x axis runs "backwards".
        double cx = LEFT + PLOT_W / 2;
        svg.raw("<g class=\"kp-axis-title kp-text\" font-size=\"13\" fill=\"currentColor\">\n");
        svg.raw("<text x=\"" + Svg.num(LEFT) + "\" y=\"" + Svg.num(bottom + 38) + "\">\u2190 ")
                .text(l.high())
                .raw("</text>");
        svg.raw("<text x=\"" + Svg.num(LEFT + PLOT_W) + "\" y=\"" + Svg.num(bottom + 38) + "\" text-anchor=\"end\">")
                .text(l.low())
                .raw(" \u2192</text>");
        svg.raw("<text x=\"" + Svg.num(cx) + "\" y=\"" + Svg.num(bottom + 38)
                        + "\" text-anchor=\"middle\" font-weight=\"bold\">")
                .text(l.positionAxis())
                .raw("</text>\n");
        double cy = TOP + PLOT_H / 2;
        svg.raw("<text transform=\"rotate(-90)\" x=\"" + Svg.num(-cy)
                        + "\" y=\"20\" text-anchor=\"middle\" font-weight=\"bold\">")
                .text(l.attractivenessAxis())
                .raw("</text>");
        svg.raw("<text transform=\"rotate(-90)\" x=\"" + Svg.num(-TOP) + "\" y=\"20\" text-anchor=\"end\">")
                .text(l.high())
                .raw(" \u2192</text>");
        svg.raw("<text transform=\"rotate(-90)\" x=\"" + Svg.num(-bottom) + "\" y=\"20\">\u2190 ")
                .text(l.low())
                .raw("</text>\n");
        svg.raw("</g>\n");
    }

    /**
     * Greedy label placement: tries positions around the bubble and keeps the first that
     * overlaps nothing already there; otherwise the one that overlaps least. Returns
     * "x,y,anchor" of the text baseline.
     */
    /** Where the label's text starts: x and baseline y. */
    static double[] placeLabel(String name, double[] c, Boxes obstacles, Box area) {
        double w = Svg.textWidth(name, LABEL_FS);
        double h = LABEL_FS + 2;
        double cx = c[0];
        double cy = c[1];
        double r = c[2];
        double d = r * 0.7071;
        double[][] candidates = {
            {cx + r + 4, cy - h / 2},
            {cx - r - 4 - w, cy - h / 2},
            {cx - w / 2, cy - r - 2 - h},
            {cx - w / 2, cy + r + 2},
            {cx + d + 2, cy - d - h},
            {cx + d + 2, cy + d},
            {cx - d - 2 - w, cy - d - h},
            {cx - d - 2 - w, cy + d},
            {cx - w / 2, cy - r - 4 - 2 * h},
            {cx - w / 2, cy + r + 4 + h},
            {cx + r + 8, cy - h * 1.5},
            {cx + r + 8, cy + h * 0.5},
            {cx - r - 8 - w, cy - h * 1.5},
            {cx - r - 8 - w, cy + h * 0.5},
        };
        Box best = null;
        double bestCost = Double.MAX_VALUE;
        for (double[] cand : candidates) {
            Box b = new Box(cand[0], cand[1], w, h);
            double cost = b.outside(area) * 100;
            // A label may touch its own bubble's box corner, but not cover other things.
            double own = ownOverlap(b, c);
            cost = obstacles.addOverlaps(cost, b, own, bestCost - 1e-9);
            cost -= own;
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = b;
            }
            if (cost <= 0) {
                break;
            }
        }
        obstacles.add(best);
        return new double[] {best.x(), best.y() + h - 4};
    }

    private static double ownOverlap(Box b, double[] c) {
        return b.overlap(new Box(c[0] - c[2], c[1] - c[2], 2 * c[2], 2 * c[2]));
    }

    private static void bubble(Svg svg, Input in, Point p, double[] c, double[] labelAt) {
        Labels l = in.labels();
        boolean hollow = p.revenue() == null || p.revenue() <= 0;
        String cls = "kp-bubble" + (p.positionDerived() ? " kp-derived" : "") + (hollow ? " kp-no-revenue" : "");
        String href = Links.safeRelative(p.href());
        if (href != null) {
            svg.raw("<a href=\"" + Escape.attribute(href) + "\">");
        }
        svg.raw("<g class=\"kp-bubble-group\"><title>")
                .text(tooltip(p, l, in.locale()))
                .raw("</title>");
        svg.raw("<circle class=\"" + cls + "\" cx=\"" + Svg.num(c[0]) + "\" cy=\"" + Svg.num(c[1]) + "\" r=\""
                + Svg.num(c[2]) + "\""
                + (hollow ? " fill=\"none\"" : " fill=\"#4f7fbf\" fill-opacity=\"0.55\"")
                + " stroke=\"#1f3f6f\" stroke-width=\"1.5\""
                + (p.positionDerived() ? " stroke-dasharray=\"5 3\"" : "") + "/>");
        if (labelAt != null) {
            svg.raw("<text class=\"kp-bubble-label kp-text\" x=\"" + Svg.num(labelAt[0]) + "\" y=\""
                            + Svg.num(labelAt[1]) + "\" font-size=\"" + Svg.num(LABEL_FS) + "\" fill=\"currentColor\">")
                    .text(p.name())
                    .raw("</text>");
        }
        svg.raw("</g>");
        if (href != null) {
            svg.raw("</a>");
        }
        svg.raw("\n");
    }

    private static String tooltip(Point p, Labels l, Locale loc) {
        StringBuilder b = new StringBuilder(p.name());
        b.append(" \u2014 ").append(l.positionAxis()).append(": ").append(Percent.score(p.position(), loc));
        if (p.positionDerived() && l.derivedNote() != null) {
            b.append(" (").append(l.derivedNote()).append(")");
        }
        b.append("; ").append(l.attractivenessAxis()).append(": ").append(Percent.score(p.attractiveness(), loc));
        if (p.revenueLabel() != null) {
            b.append("; ").append(p.revenueLabel());
        }
        return b.toString();
    }

    private static void legend(Svg svg, Labels l) {
        double y = TOP + PLOT_H + 68;
        double x = LEFT;
        svg.raw("<g class=\"kp-legend kp-text\" font-size=\"12\" fill=\"currentColor\">\n");
        svg.raw("<circle class=\"kp-bubble\" cx=\"" + Svg.num(x + 8) + "\" cy=\"" + Svg.num(y - 4)
                + "\" r=\"8\" fill=\"#4f7fbf\" fill-opacity=\"0.55\" stroke=\"#1f3f6f\"/>");
        svg.raw("<text x=\"" + Svg.num(x + 22) + "\" y=\"" + Svg.num(y) + "\">")
                .text(l.bubbleAreaNote())
                .raw("</text>\n");
        double x2 = x + 30 + Svg.textWidth(l.bubbleAreaNote(), 12) + 20;
        svg.raw("<circle class=\"kp-bubble kp-derived\" cx=\"" + Svg.num(x2 + 8) + "\" cy=\"" + Svg.num(y - 4)
                + "\" r=\"8\" fill=\"#4f7fbf\" fill-opacity=\"0.55\" stroke=\"#1f3f6f\" stroke-dasharray=\"5 3\"/>");
        svg.raw("<text x=\"" + Svg.num(x2 + 22) + "\" y=\"" + Svg.num(y) + "\">")
                .text(l.derivedNote())
                .raw("</text>\n");
        double y2 = y + 24;
        svg.raw("<circle class=\"kp-bubble kp-no-revenue\" cx=\"" + Svg.num(x + 8) + "\" cy=\"" + Svg.num(y2 - 4)
                + "\" r=\"" + Svg.num(HOLLOW_R) + "\" fill=\"none\" stroke=\"#1f3f6f\" stroke-width=\"1.5\"/>");
        svg.raw("<text x=\"" + Svg.num(x + 22) + "\" y=\"" + Svg.num(y2) + "\">")
                .text(l.noRevenueNote())
                .raw("</text>\n");
        svg.raw("</g>\n");
    }

    /** A plain text alternative: every account with its two scores, in input order. */
    static String describe(Input in) {
        Labels l = in.labels();
        StringBuilder b = new StringBuilder();
        b.append(l.attractivenessAxis()).append(" / ").append(l.positionAxis()).append(": ");
        if (in.points().isEmpty()) {
            b.append("\u2013");
        }
        for (int i = 0; i < in.points().size(); i++) {
            Point p = in.points().get(i);
            if (i > 0) {
                b.append("; ");
            }
            b.append(p.name())
                    .append(" ")
                    .append(Percent.score(p.attractiveness(), in.locale()))
                    .append(" / ")
                    .append(Percent.score(p.position(), in.locale()));
            String q = quadrant(p, in.threshold(), l);
            if (q != null) {
                b.append(" (").append(q).append(")");
            }
            if (p.revenueLabel() != null) {
                b.append(", ").append(p.revenueLabel());
            }
        }
        return b.toString();
    }

    private static String quadrant(Point p, double t, Labels l) {
        boolean hiA = p.attractiveness() > t;
        boolean hiP = p.position() > t;
        Quadrant q = hiA ? (hiP ? l.strategic() : l.star()) : (hiP ? l.status() : l.streamline());
        return q == null ? null : q.name();
    }
}
