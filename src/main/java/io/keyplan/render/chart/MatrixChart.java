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
    /** Room kept free around a label, so that it never touches a line, a bubble or another label. */
    static final double LABEL_GAP = 1;

    /** The chart and how many bubbles carry no name on it (left out rather than drawn over something). */
    public record Rendered(String svg, int unlabelled) {}

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
        return draw(in).svg();
    }

    /**
     * The chart, and how many bubbles it could not name. The root is a {@code group}, not an
     * {@code img}: an image's content is presentational, and the bubbles inside are links.
     */
    public static Rendered draw(Input in) {
        Labels l = in.labels();
        Locale loc = in.locale();
        double t = in.threshold();
        Svg svg = new Svg(
                in.id(),
                "matrix",
                W,
                H,
                l.title(),
                l.description() != null ? l.description() : describe(in),
                Svg.Role.GROUP);

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
        // them. Labels stay inside the plot, clear of its frame, and never cross a threshold line.
        Box area = new Box(LEFT + 2, TOP + 2, PLOT_W - 4, PLOT_H - 4);
        Boxes obstacles = new Boxes(new Box(2, 2, W - 4, TOP + PLOT_H + 2));
        obstacles.add(new Box(tx - 1, TOP, 2, PLOT_H));
        obstacles.add(new Box(LEFT, ty - 1, PLOT_W, 2));
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
        Boxes bubbles = new Boxes(new Box(2, 2, W - 4, TOP + PLOT_H + 2));
        for (Point p : in.points()) {
            double r = radius(p.revenue(), maxRevenue);
            circles.add(new double[] {x(p.position()), y(p.attractiveness()), r});
            bubbles.add(new Box(x(p.position()) - r, y(p.attractiveness()) - r, 2 * r, 2 * r));
        }
        // Draw big bubbles first so small ones stay visible and clickable on top.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < in.points().size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(circles.get(b)[2], circles.get(a)[2]));
        double[][] placed = new double[in.points().size()][];
        int unlabelled = in.points().size();
        for (int i : order.subList(0, Math.min(MAX_LABELS, order.size()))) {
            Point p = in.points().get(i);
            placed[i] = placeLabel(p.name(), circles.get(i), circles, bubbles, obstacles, area);
            if (placed[i] != null) {
                unlabelled--;
            }
        }
        svg.raw("<g class=\"kp-bubbles\">\n");
        for (int i : order) {
            bubble(svg, in, in.points().get(i), circles.get(i), placed[i]);
        }
        svg.raw("</g>\n<g class=\"kp-quadrant-names\" pointer-events=\"none\">\n")
                .raw(names.body())
                .raw("</g>\n");
        legend(svg, l);
        return new Rendered(svg.finish(), unlabelled);
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
     * Greedy label placement, largest bubble first: tries positions around the bubble, nearest
     * first, and keeps the first whose text box (estimated from font size and character count, see
     * {@link Svg#textWidth}) lies inside {@code area} and touches no bubble (as a circle, its own
     * included), no label placed before, no quadrant name and no threshold line. When none is free
     * the bubble gets no label: a name over another name, a bubble or a line cannot be read, and
     * the name is still in the bubble's tooltip and in the table beside the chart.
     *
     * @return x and baseline y of the text; null when no position is free
     */
    static double[] placeLabel(
            String name, double[] c, List<double[]> circles, Boxes bubbles, Boxes obstacles, Box area) {
        double w = Svg.textWidth(name, LABEL_FS);
        double h = LABEL_FS + 2;
        double cx = c[0];
        double cy = c[1];
        double r = c[2];
        double g = 2 + LABEL_GAP;
        double d = r * 0.7071;
        List<double[]> candidates = new ArrayList<>(48);
        // Nearest first: beside, above, below, at the diagonals; then the same rows slid sideways
        // (a label may start or end over the bubble's centre), then one row further out.
        candidates.add(new double[] {cx + r + g, cy - h / 2});
        candidates.add(new double[] {cx - r - g - w, cy - h / 2});
        candidates.add(new double[] {cx - w / 2, cy - r - g - h});
        candidates.add(new double[] {cx - w / 2, cy + r + g});
        candidates.add(new double[] {cx + d + g, cy - d - h});
        candidates.add(new double[] {cx + d + g, cy + d});
        candidates.add(new double[] {cx - d - g - w, cy - d - h});
        candidates.add(new double[] {cx - d - g - w, cy + d});
        for (int step = 1; step <= 3; step++) {
            for (int sign : new int[] {1, -1}) {
                double dx = sign * step * w / 6;
                double dy = sign * step * h / 2;
                candidates.add(new double[] {cx - w / 2 + dx, cy - r - g - h});
                candidates.add(new double[] {cx - w / 2 + dx, cy + r + g});
                candidates.add(new double[] {cx + r + g, cy - h / 2 + dy});
                candidates.add(new double[] {cx - r - g - w, cy - h / 2 + dy});
            }
        }
        for (int step = 0; step <= 3; step++) {
            for (int sign : new int[] {1, -1}) {
                double dx = sign * step * w / 6;
                candidates.add(new double[] {cx - w / 2 + dx, cy - r - g - 2 * h});
                candidates.add(new double[] {cx - w / 2 + dx, cy + r + g + h});
            }
        }
        for (double[] cand : candidates) {
            Box b = new Box(cand[0], cand[1], w, h);
            if (inside(b, area) && free(b, circles, bubbles, obstacles)) {
                obstacles.add(b);
                return new double[] {b.x(), b.y() + h - 4};
            }
        }
        return null;
    }

    private static boolean inside(Box b, Box area) {
        return b.x() >= area.x()
                && b.y() >= area.y()
                && b.x() + b.w() <= area.x() + area.w()
                && b.y() + b.h() <= area.y() + area.h();
    }

    /** No bubble within {@link #LABEL_GAP} of the box, and no other box overlapping it grown by the gap. */
    private static boolean free(Box b, List<double[]> circles, Boxes bubbles, Boxes obstacles) {
        Box grown = new Box(b.x() - LABEL_GAP, b.y() - LABEL_GAP, b.w() + 2 * LABEL_GAP, b.h() + 2 * LABEL_GAP);
        if (obstacles.any(grown, i -> obstacles.get(i).overlap(grown) > 0)) {
            return false;
        }
        return !bubbles.any(grown, i -> touches(b, circles.get(i), LABEL_GAP));
    }

    /** Whether a circle {x, y, r} comes within {@code gap} of the box: its centre's distance to the box's nearest point. */
    static boolean touches(Box b, double[] circle, double gap) {
        double nx = Math.max(b.x(), Math.min(circle[0], b.x() + b.w()));
        double ny = Math.max(b.y(), Math.min(circle[1], b.y() + b.h()));
        double dx = circle[0] - nx;
        double dy = circle[1] - ny;
        double reach = circle[2] + gap;
        return dx * dx + dy * dy < reach * reach;
    }

    private static void bubble(Svg svg, Input in, Point p, double[] c, double[] labelAt) {
        Labels l = in.labels();
        boolean hollow = p.revenue() == null || p.revenue() <= 0;
        String cls = "kp-bubble" + (p.positionDerived() ? " kp-derived" : "") + (hollow ? " kp-no-revenue" : "");
        String href = Links.safeRelative(p.href());
        String tooltip = tooltip(p, l, in.locale());
        // The tooltip belongs to the group, outside the link: inside it, its text would count as the
        // link's visible text, which then no longer matches the link's name (axe: label-content-name-mismatch).
        svg.raw("<g class=\"kp-bubble-group\"><title>").text(tooltip).raw("</title>");
        if (href != null) {
            // The link's own name: a screen reader reads it whether or not the bubble has a visible label.
            svg.raw("<a href=\"" + Escape.attribute(href) + "\" aria-label=\"")
                    .text(tooltip)
                    .raw("\">");
        }
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
        if (href != null) {
            svg.raw("</a>");
        }
        svg.raw("</g>");
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
