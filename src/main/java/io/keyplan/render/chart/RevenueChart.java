package io.keyplan.render.chart;

import java.util.List;
import java.util.function.Function;

/**
 * Revenue per year as bars: history solid, forecast (target and years 1..3) hatched with a
 * dashed outline, so the two differ without colour.
 */
public final class RevenueChart {
    /**
     * One bar. {@code label} is the x-axis text (e.g. "2024" or "2026 target"); {@code amount}
     * null means no figure (the slot stays empty with a dash); {@code forecast} draws it as a forecast.
     */
    public record Bar(String label, Double amount, boolean forecast) {}

    /** Translated texts; {@code description} may be null (generated). */
    public record Labels(String title, String description, String actualLabel, String forecastLabel) {}

    /** The chart input; {@code money} formats amounts for the portal's language. */
    public record Input(String id, Labels labels, Function<Double, String> money, List<Bar> bars) {}

    static final double H = 340;
    static final double LEFT = 96;
    static final double TOP = 24;
    static final double PLOT_H = 240;
    static final double SLOT = 86;
    static final double MIN_PLOT_W = 430;

    private RevenueChart() {}

    /** The chart as an SVG element. */
    public static String render(Input in) {
        Labels l = in.labels();
        Function<Double, String> money = in.money() != null ? in.money() : v -> Svg.num(v);
        int n = in.bars().size();
        double slot = Math.max(SLOT, MIN_PLOT_W / Math.max(1, n));
        double plotW = slot * Math.max(1, n);
        double w = LEFT + plotW + 20;
        Svg svg = new Svg(
                in.id(), "revenue", w, H, l.title(), l.description() != null ? l.description() : describe(in, money));
        svg.raw("<defs>");
        Patterns.define(svg, "actual", Patterns.Kind.SOLID, "#4f7fbf");
        Patterns.define(svg, "forecast", Patterns.Kind.DIAGONAL, "#cfe0f3");
        svg.raw("</defs>\n");

        double min = 0;
        double max = 0;
        for (Bar b : in.bars()) {
            if (b.amount() != null) {
                min = Math.min(min, b.amount());
                max = Math.max(max, b.amount());
            }
        }
        List<Double> ticks = Ticks.nice(min, max == min ? min + 1 : max, 5);
        double lo = ticks.get(0);
        double hi = ticks.get(ticks.size() - 1);
        double bottom = TOP + PLOT_H;

        StringBuilder grid = new StringBuilder();
        svg.raw("<g class=\"kp-axis kp-text\" font-size=\"11\" fill=\"currentColor\">");
        for (double t : ticks) {
            double yy = y(t, lo, hi);
            grid.append("M")
                    .append(Svg.num(LEFT))
                    .append(",")
                    .append(Svg.num(yy))
                    .append(" h")
                    .append(Svg.num(plotW))
                    .append(" ");
            svg.raw("<text x=\"" + Svg.num(LEFT - 8) + "\" y=\"" + Svg.num(yy + 4) + "\" text-anchor=\"end\">")
                    .text(money.apply(t))
                    .raw("</text>");
        }
        svg.raw("</g>\n<path class=\"kp-grid\" d=\"" + grid.toString().trim()
                + "\" stroke=\"#ccc\" stroke-width=\"0.8\" fill=\"none\"/>\n");
        double y0 = y(0, lo, hi);
        svg.raw("<path class=\"kp-baseline\" d=\"M" + Svg.num(LEFT) + "," + Svg.num(y0) + " h" + Svg.num(plotW)
                + "\" stroke=\"#666\" fill=\"none\"/>\n");

        for (int i = 0; i < n; i++) {
            Bar b = in.bars().get(i);
            double cx = LEFT + slot * (i + 0.5);
            double bw = slot * 0.62;
            String cls = b.forecast() ? "forecast" : "actual";
            svg.raw("<g class=\"kp-bar kp-bar-" + cls + "\">");
            if (b.amount() != null) {
                String amount = money.apply(b.amount());
                svg.raw("<title>").text(b.label() + ": " + amount).raw("</title>");
                double ya = y(b.amount(), lo, hi);
                double top = Math.min(ya, y0);
                double h = Math.abs(y0 - ya);
                svg.raw("<rect class=\"kp-bar-shape\" x=\"" + Svg.num(cx - bw / 2) + "\" y=\"" + Svg.num(top)
                        + "\" width=\"" + Svg.num(bw)
                        + "\" height=\"" + Svg.num(h) + "\" fill=\"" + Patterns.url(svg, cls)
                        + "\" stroke=\"#1f3f6f\" stroke-width=\"1.2\""
                        + (b.forecast() ? " stroke-dasharray=\"5 3\"" : "") + "/>");
                double ty = b.amount() >= 0 ? ya - 6 : ya + 14;
                svg.raw("<text class=\"kp-bar-value kp-text\" x=\"" + Svg.num(cx) + "\" y=\"" + Svg.num(ty)
                                + "\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">")
                        .text(Svg.fit(amount, slot - 4, 11))
                        .raw("</text>");
            } else {
                svg.raw("<text class=\"kp-bar-value kp-muted\" x=\"" + Svg.num(cx) + "\" y=\"" + Svg.num(y0 - 6)
                        + "\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">\u2013</text>");
            }
            svg.raw("<text class=\"kp-text\" x=\"" + Svg.num(cx) + "\" y=\"" + Svg.num(bottom + 18)
                            + "\" text-anchor=\"middle\" font-size=\"12\" fill=\"currentColor\">")
                    .text(Svg.fit(b.label(), slot - 4, 12))
                    .raw("</text></g>\n");
        }

        double ly = bottom + 52;
        svg.raw("<g class=\"kp-legend kp-text\" font-size=\"12\" fill=\"currentColor\">");
        svg.raw("<rect x=\"" + Svg.num(LEFT) + "\" y=\"" + Svg.num(ly - 11) + "\" width=\"16\" height=\"12\" fill=\""
                + Patterns.url(svg, "actual") + "\" stroke=\"#1f3f6f\"/>");
        svg.raw("<text x=\"" + Svg.num(LEFT + 22) + "\" y=\"" + Svg.num(ly) + "\">")
                .text(l.actualLabel())
                .raw("</text>");
        double x2 = LEFT + 22 + Svg.textWidth(l.actualLabel(), 12) + 28;
        svg.raw("<rect x=\"" + Svg.num(x2) + "\" y=\"" + Svg.num(ly - 11) + "\" width=\"16\" height=\"12\" fill=\""
                + Patterns.url(svg, "forecast") + "\" stroke=\"#1f3f6f\" stroke-dasharray=\"3 2\"/>");
        svg.raw("<text x=\"" + Svg.num(x2 + 22) + "\" y=\"" + Svg.num(ly) + "\">")
                .text(l.forecastLabel())
                .raw("</text></g>\n");
        return svg.finish();
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (hi - v) / (hi - lo) * PLOT_H;
    }

    static String describe(Input in, Function<Double, String> money) {
        StringBuilder b = new StringBuilder();
        for (Bar bar : in.bars()) {
            b.append(b.length() > 0 ? "; " : "")
                    .append(bar.label())
                    .append(": ")
                    .append(bar.amount() == null ? "\u2013" : money.apply(bar.amount()));
            if (bar.forecast() && in.labels().forecastLabel() != null) {
                b.append(" (").append(in.labels().forecastLabel()).append(")");
            }
        }
        return b.length() == 0 ? "\u2013" : b.toString();
    }
}
