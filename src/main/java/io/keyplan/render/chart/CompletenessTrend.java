package io.keyplan.render.chart;

import io.keyplan.text.Escape;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A plan's completeness after each commit as a small line chart, oldest left: the x axis is time
 * (days), the y axis 0..100 %. A commit after which the plan did not load has no figure: the line
 * breaks there instead of pretending a value. Every point is a marker with its own tooltip, so the
 * reading does not depend on following the line's colour.
 */
public final class CompletenessTrend {
    /** One commit: its date and the completeness after it in %, or null when the plan did not load. */
    public record Point(LocalDate date, Double percent) {}

    /** Translated texts: the chart's title and its text alternative. */
    public record Labels(String title, String description) {}

    /** The chart input, points oldest first; {@code date} writes a date in the portal's language. */
    public record Input(
            String id, Labels labels, Locale locale, Function<LocalDate, String> date, List<Point> points) {}

    static final double W = 640;
    static final double H = 210;
    static final double LEFT = 48;
    static final double RIGHT = 16;
    static final double TOP = 14;
    static final double PLOT_H = 150;

    private CompletenessTrend() {}

    /** The chart as an SVG element. */
    public static String render(Input in) {
        Labels l = in.labels();
        Svg svg = new Svg(in.id(), "trend", W, H, l.title(), l.description() == null ? "\u2013" : l.description());
        double plotW = W - LEFT - RIGHT;
        double bottom = TOP + PLOT_H;
        List<Point> points = in.points();
        LocalDate first = points.isEmpty() ? null : points.get(0).date();
        LocalDate last = points.isEmpty() ? null : points.get(points.size() - 1).date();
        long span = first == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(first, last));

        StringBuilder grid = new StringBuilder();
        svg.raw("<g class=\"kp-axis kp-text\" font-size=\"12\" fill=\"currentColor\">");
        for (int t = 0; t <= 100; t += 25) {
            double yy = y(t);
            grid.append("M")
                    .append(Svg.num(LEFT))
                    .append(",")
                    .append(Svg.num(yy))
                    .append(" h")
                    .append(Svg.num(plotW))
                    .append(" ");
            svg.raw("<text x=\"" + Svg.num(LEFT - 6) + "\" y=\"" + Svg.num(yy + 4) + "\" text-anchor=\"end\">")
                    .text(Percent.of(t, in.locale()))
                    .raw("</text>");
        }
        if (first != null) {
            svg.raw("<text x=\"" + Svg.num(LEFT) + "\" y=\"" + Svg.num(bottom + 18) + "\" text-anchor=\"start\">")
                    .text(in.date().apply(first))
                    .raw("</text>");
            if (span > 0) {
                svg.raw("<text x=\"" + Svg.num(LEFT + plotW) + "\" y=\"" + Svg.num(bottom + 18)
                                + "\" text-anchor=\"end\">")
                        .text(in.date().apply(last))
                        .raw("</text>");
            }
        }
        svg.raw("</g>\n<path class=\"kp-grid\" d=\"" + grid.toString().trim()
                + "\" stroke=\"#d9dce1\" stroke-width=\"0.8\" fill=\"none\"/>\n");
        svg.raw("<path class=\"kp-baseline\" d=\"M" + Svg.num(LEFT) + "," + Svg.num(bottom) + " h" + Svg.num(plotW)
                + "\" stroke=\"#8a8f98\" fill=\"none\"/>\n");

        StringBuilder line = new StringBuilder();
        boolean pen = false;
        StringBuilder markers = new StringBuilder();
        for (Point p : points) {
            if (p.percent() == null) {
                pen = false; // the plan did not load: a gap, not a drop to zero
                continue;
            }
            double px = x(p.date(), first, span, plotW);
            double py = y(Math.max(0, Math.min(100, p.percent())));
            line.append(pen ? " L" : (line.length() > 0 ? " M" : "M"))
                    .append(Svg.num(px))
                    .append(",")
                    .append(Svg.num(py));
            pen = true;
            markers.append("<circle class=\"kp-trend-point\" cx=\"")
                    .append(Svg.num(px))
                    .append("\" cy=\"")
                    .append(Svg.num(py))
                    .append("\" r=\"4\" fill=\"#2f6fb0\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>")
                    .append(Escape.attribute(in.date().apply(p.date()) + ": " + Percent.of(p.percent(), in.locale())))
                    .append("</title></circle>");
        }
        if (line.length() > 0) {
            svg.raw("<path class=\"kp-trend-line\" d=\"" + line
                    + "\" fill=\"none\" stroke=\"#2f6fb0\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
        }
        svg.raw("<g class=\"kp-trend-points\">").raw(markers.toString()).raw("</g>\n");
        return svg.finish();
    }

    /** Days from the first commit across the plot; a single day sits in the middle. */
    private static double x(LocalDate d, LocalDate first, long span, double plotW) {
        if (span == 0) {
            return LEFT + plotW / 2;
        }
        return LEFT + ChronoUnit.DAYS.between(first, d) / (double) span * plotW;
    }

    private static double y(double percent) {
        return TOP + (100 - percent) / 100 * PLOT_H;
    }
}
