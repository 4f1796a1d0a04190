package io.keyplan.render.chart;

import java.util.List;
import java.util.Locale;

/**
 * The whale curve: cumulative profit in % of total profit (y) against cumulative % of
 * accounts (x), most profitable account first. The curve may rise above 100 % and come
 * back down when the last accounts lose money.
 */
public final class WhaleCurve {
    /** How a point is drawn: colour AND marker shape differ per class. */
    public enum PointClass {
        /** In the top 20 % of accounts: filled circle. */
        TOP("top"),
        /** Other accounts with a profit: square. */
        PROFITABLE("profitable"),
        /** Accounts that lose money (profit <= 0): triangle pointing down. */
        LOSS("loss");

        private final String css;

        PointClass(String css) {
            this.css = css;
        }

        /** The CSS class suffix, {@code kp-whale-<css>}. */
        public String css() {
            return css;
        }
    }

    /** Translated texts; {@code description} may be null (generated). */
    public record Labels(
            String title,
            String description,
            String accountsAxis,
            String profitAxis,
            String topLabel,
            String profitableLabel,
            String lossLabel) {}

    /** One account, in curve order: x = cumulative % of accounts, y = cumulative % of profit. */
    public record Point(String name, double cumulativeAccountsPct, double cumulativeProfitPct, PointClass pointClass) {}

    /** The chart input; {@code id} must be unique on the page. */
    public record Input(String id, Labels labels, Locale locale, List<Point> points) {}

    static final double W = 720;
    static final double H = 440;
    static final double LEFT = 70;
    static final double TOP = 20;
    static final double PLOT_W = 620;
    static final double PLOT_H = 320;

    private WhaleCurve() {}

    /** The chart as an SVG element. */
    public static String render(Input in) {
        Labels l = in.labels();
        Locale loc = in.locale();
        Svg svg = new Svg(in.id(), "whale", W, H, l.title(), l.description() != null ? l.description() : describe(in));
        double yMin = 0;
        double yMax = 100;
        for (Point p : in.points()) {
            yMin = Math.min(yMin, p.cumulativeProfitPct());
            yMax = Math.max(yMax, p.cumulativeProfitPct());
        }
        List<Double> yt = Ticks.nice(yMin, yMax, 5);
        double lo = yt.get(0);
        double hi = yt.get(yt.size() - 1);
        double bottom = TOP + PLOT_H;

        // Grid and y ticks.
        svg.raw("<g class=\"kp-axis kp-text\" font-size=\"11\" fill=\"currentColor\">\n");
        StringBuilder grid = new StringBuilder();
        for (double v : yt) {
            double yy = y(v, lo, hi);
            grid.append("M")
                    .append(Svg.num(LEFT))
                    .append(",")
                    .append(Svg.num(yy))
                    .append(" H")
                    .append(Svg.num(LEFT + PLOT_W))
                    .append(" ");
            svg.raw("<text x=\"" + Svg.num(LEFT - 8) + "\" y=\"" + Svg.num(yy + 4) + "\" text-anchor=\"end\">")
                    .text(Percent.of(v, loc))
                    .raw("</text>");
        }
        for (int v = 0; v <= 100; v += 20) {
            double xx = x(v);
            grid.append("M")
                    .append(Svg.num(xx))
                    .append(",")
                    .append(Svg.num(TOP))
                    .append(" V")
                    .append(Svg.num(bottom))
                    .append(" ");
            svg.raw("<text x=\"" + Svg.num(xx) + "\" y=\"" + Svg.num(bottom + 18) + "\" text-anchor=\"middle\">")
                    .text(Percent.of(v, loc))
                    .raw("</text>");
        }
        svg.raw("\n</g>\n<path class=\"kp-grid\" d=\"" + grid.toString().trim()
                + "\" stroke=\"#ccc\" stroke-width=\"0.8\" fill=\"none\"/>\n");
        svg.raw("<rect class=\"kp-frame\" x=\"" + Svg.num(LEFT) + "\" y=\"" + Svg.num(TOP) + "\" width=\""
                + Svg.num(PLOT_W) + "\" height=\"" + Svg.num(PLOT_H) + "\" fill=\"none\" stroke=\"#888\"/>\n");
        // The 100 % reference: everything above it is profit that the loss makers give away again.
        double y100 = y(100, lo, hi);
        svg.raw("<path class=\"kp-reference\" d=\"M" + Svg.num(LEFT) + "," + Svg.num(y100) + " H"
                + Svg.num(LEFT + PLOT_W)
                + "\" stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" fill=\"none\"/>\n");
        if (lo < 0) {
            double y0 = y(0, lo, hi);
            svg.raw("<path class=\"kp-zero\" d=\"M" + Svg.num(LEFT) + "," + Svg.num(y0) + " H" + Svg.num(LEFT + PLOT_W)
                    + "\" stroke=\"#888\" stroke-width=\"1\" fill=\"none\"/>\n");
        }

        // The curve starts at the origin: no accounts, no profit.
        StringBuilder d =
                new StringBuilder("M").append(Svg.num(x(0))).append(",").append(Svg.num(y(0, lo, hi)));
        for (Point p : in.points()) {
            d.append(" L")
                    .append(Svg.num(x(p.cumulativeAccountsPct())))
                    .append(",")
                    .append(Svg.num(y(p.cumulativeProfitPct(), lo, hi)));
        }
        svg.raw("<path class=\"kp-whale-line\" d=\"" + d + "\" stroke=\"#333\" stroke-width=\"2\" fill=\"none\"/>\n");
        svg.raw("<g class=\"kp-whale-points\">\n");
        for (Point p : in.points()) {
            double px = x(p.cumulativeAccountsPct());
            double py = y(p.cumulativeProfitPct(), lo, hi);
            svg.raw("<g class=\"kp-whale-point kp-whale-" + p.pointClass().css() + "\"><title>")
                    .text(p.name() + ": " + Percent.of(p.cumulativeAccountsPct(), loc) + " \u2192 "
                            + Percent.of(p.cumulativeProfitPct(), loc))
                    .raw("</title>");
            marker(svg, p.pointClass(), px, py, 5.5);
            svg.raw("</g>\n");
        }
        svg.raw("</g>\n");

        svg.raw("<g class=\"kp-axis-title kp-text\" font-size=\"13\" font-weight=\"bold\" fill=\"currentColor\">");
        svg.raw("<text x=\"" + Svg.num(LEFT + PLOT_W / 2) + "\" y=\"" + Svg.num(bottom + 40)
                        + "\" text-anchor=\"middle\">")
                .text(l.accountsAxis())
                .raw("</text>");
        svg.raw("<text transform=\"rotate(-90)\" x=\"" + Svg.num(-(TOP + PLOT_H / 2))
                        + "\" y=\"18\" text-anchor=\"middle\">")
                .text(l.profitAxis())
                .raw("</text></g>\n");

        double ly = bottom + 70;
        double lx = LEFT;
        svg.raw("<g class=\"kp-legend kp-text\" font-size=\"12\" fill=\"currentColor\">\n");
        String[] texts = {l.topLabel(), l.profitableLabel(), l.lossLabel()};
        PointClass[] classes = PointClass.values();
        for (int i = 0; i < 3; i++) {
            svg.raw("<g class=\"kp-whale-" + classes[i].css() + "\">");
            marker(svg, classes[i], lx + 6, ly - 4, 6);
            svg.raw("</g><text x=\"" + Svg.num(lx + 18) + "\" y=\"" + Svg.num(ly) + "\">")
                    .text(texts[i])
                    .raw("</text>\n");
            lx += 18 + Svg.textWidth(texts[i], 12) + 28;
        }
        svg.raw("</g>\n");
        return svg.finish();
    }

    /** Circle, square or down-triangle, so the classes differ in shape as well as colour. */
    static void marker(Svg svg, PointClass c, double x, double y, double r) {
        String common = " class=\"kp-marker\" stroke=\"#222\" stroke-width=\"1.2\"";
        switch (c) {
            case TOP ->
                svg.raw("<circle" + common + " cx=\"" + Svg.num(x) + "\" cy=\"" + Svg.num(y) + "\" r=\"" + Svg.num(r)
                        + "\" fill=\"#2f6fb0\"/>");
            case PROFITABLE ->
                svg.raw("<rect" + common + " x=\"" + Svg.num(x - r * 0.85) + "\" y=\"" + Svg.num(y - r * 0.85)
                        + "\" width=\"" + Svg.num(r * 1.7) + "\" height=\"" + Svg.num(r * 1.7)
                        + "\" fill=\"#9ec5e8\"/>");
            case LOSS ->
                svg.raw("<path" + common + " d=\"M" + Svg.num(x - r) + "," + Svg.num(y - r * 0.8) + " H"
                        + Svg.num(x + r) + " L" + Svg.num(x) + "," + Svg.num(y + r) + " Z\" fill=\"#d9534f\"/>");
            default -> throw new IllegalStateException(c.name());
        }
    }

    private static double x(double pct) {
        return LEFT + Math.max(0, Math.min(100, pct)) / 100.0 * PLOT_W;
    }

    private static double y(double pct, double lo, double hi) {
        return TOP + (hi - pct) / (hi - lo) * PLOT_H;
    }

    static String describe(Input in) {
        Labels l = in.labels();
        StringBuilder b = new StringBuilder(l.profitAxis())
                .append(" / ")
                .append(l.accountsAxis())
                .append(": ");
        if (in.points().isEmpty()) {
            b.append("\u2013");
        }
        for (int i = 0; i < in.points().size(); i++) {
            Point p = in.points().get(i);
            b.append(i > 0 ? "; " : "")
                    .append(p.name())
                    .append(" ")
                    .append(Percent.of(p.cumulativeAccountsPct(), in.locale()))
                    .append(" \u2192 ")
                    .append(Percent.of(p.cumulativeProfitPct(), in.locale()));
        }
        return b.toString();
    }
}
