package io.keyplan.render.chart;

import io.keyplan.text.Escape;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The next actions on a horizontal time axis, as a small black-and-white SVG for the
 * one-page plan. Markers carry the action's number (the list beside it has the text), so
 * labels never collide; markers that would touch are stacked.
 *
 * <p>It writes its own markup rather than through {@link Svg}: its frame, its one-decimal
 * coordinates ({@code 12.0}, where a chart writes {@code 12}) and its texts (the text set of
 * {@link Escape}, apostrophes as they are, where a chart's texts get the attribute set) differ
 * from the charts', and the printed pages are kept byte for byte.
 */
public final class PrintTimeline {
    private static final double W = 700;
    private static final double LEFT = 14;
    private static final double RIGHT = 14;
    private static final double AXIS_Y = 74;
    private static final double R = 8;
    /** Below the "today" label's baseline (AXIS_Y + 26) there is room for its descenders. */
    private static final int H = 106;

    private PrintTimeline() {}

    /** An action on the timeline: its number in the list beside it, its due date (none: not drawn), whether it is overdue. */
    public record Marker(int number, LocalDate due, boolean overdue) {}

    /**
     * Empty string when no shown action has a due date. {@code id} makes the title and description
     * ids unique where several timelines share a page (the booklet).
     */
    public static String render(
            String id, List<Marker> actions, LocalDate today, Locale locale, String todayLabel, String title) {
        List<Marker> dated = actions.stream().filter(a -> a.due() != null).toList();
        if (dated.isEmpty()) {
            return "";
        }
        LocalDate from = today;
        LocalDate to = today.plusDays(30);
        for (Marker a : dated) {
            from = a.due().isBefore(from) ? a.due() : from;
            to = a.due().isAfter(to) ? a.due() : to;
        }
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        double days = ChronoUnit.DAYS.between(from, to);
        double plotW = W - LEFT - RIGHT;

        StringBuilder s = new StringBuilder();
        // Screen readers get the title and, as the description, each number with its due date.
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale);
        StringBuilder desc = new StringBuilder();
        for (Marker a : dated) {
            desc.append(desc.length() == 0 ? "" : "; ")
                    .append(a.number())
                    .append(": ")
                    .append(day.format(a.due()));
        }
        String tid = Escape.attribute("timeline-" + id);
        s.append("<svg class=\"print-timeline\" id=\"")
                .append(tid)
                .append("\" viewBox=\"0 0 ")
                .append(num(W))
                .append(" ")
                .append(H)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(tid)
                .append("-title ")
                .append(tid)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.append("<title id=\"")
                .append(tid)
                .append("-title\">")
                .append(Escape.text(title))
                .append("</title>");
        s.append("<desc id=\"")
                .append(tid)
                .append("-desc\">")
                .append(Escape.text(desc.toString()))
                .append("</desc>");
        s.append("<line x1=\"")
                .append(num(LEFT))
                .append("\" y1=\"")
                .append(num(AXIS_Y))
                .append("\" x2=\"")
                .append(num(W - RIGHT))
                .append("\" y2=\"")
                .append(num(AXIS_Y))
                .append("\" stroke=\"#000\" stroke-width=\"1.2\"/>");
        // Month ticks; with a long span only every second or third month is labelled. Every label
        // carries the full year: "Nov 26" could be a day, and the year changes on the axis.
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = months <= 8 ? 1 : months <= 16 ? 2 : 3;
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        int i = 0;
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1), i++) {
            double x = LEFT + ChronoUnit.DAYS.between(from, m) / days * plotW;
            s.append("<line x1=\"")
                    .append(num(x))
                    .append("\" y1=\"")
                    .append(num(AXIS_Y - 3))
                    .append("\" x2=\"")
                    .append(num(x))
                    .append("\" y2=\"")
                    .append(num(AXIS_Y + 3))
                    .append("\" stroke=\"#000\"/>");
            if (i % step == 0 && m.isBefore(to)) {
                s.append("<text x=\"")
                        .append(num(x + 2))
                        .append("\" y=\"")
                        .append(num(AXIS_Y + 15))
                        .append("\" font-size=\"10\" fill=\"#000\">")
                        .append(Escape.text(fmt.format(m)))
                        .append("</text>");
            }
        }
        double tx = LEFT + ChronoUnit.DAYS.between(from, today) / days * plotW;
        s.append("<line x1=\"")
                .append(num(tx))
                .append("\" y1=\"4\" x2=\"")
                .append(num(tx))
                .append("\" y2=\"")
                .append(num(AXIS_Y + 20))
                .append("\" stroke=\"#000\" stroke-dasharray=\"3 2\"/>");
        // The label reads to the right of the line, or to its left where it would run off the axis.
        boolean leftOfLine = tx + 3 + labelWidth(todayLabel, 9) > W;
        s.append("<text x=\"")
                .append(num(leftOfLine ? tx - 3 : tx + 3))
                .append("\" y=\"")
                .append(num(AXIS_Y + 26))
                .append(leftOfLine ? "\" text-anchor=\"end" : "")
                .append("\" font-size=\"9\" font-style=\"italic\" fill=\"#000\">")
                .append(Escape.text(todayLabel))
                .append("</text>");
        List<double[]> placed = new ArrayList<>();
        for (Marker a : dated) {
            double x = LEFT + ChronoUnit.DAYS.between(from, a.due()) / days * plotW;
            int level = 0;
            for (double[] p : placed) {
                if (Math.abs(p[0] - x) < 2 * R + 1 && p[1] >= level) {
                    level = (int) p[1] + 1;
                }
            }
            placed.add(new double[] {x, level});
            if (level > 3) {
                // Five on one day: no room above, so the last one sits beside the stack.
                x += (level - 3) * (2 * R + 2);
                level = 3;
            }
            double cy = AXIS_Y - 12 - level * (2 * R + 2);
            s.append("<line x1=\"")
                    .append(num(x))
                    .append("\" y1=\"")
                    .append(num(cy + R))
                    .append("\" x2=\"")
                    .append(num(x))
                    .append("\" y2=\"")
                    .append(num(AXIS_Y))
                    .append("\" stroke=\"#000\" stroke-width=\"0.8\"/>");
            // Overdue markers are filled black with white numbers: distinct without colour.
            s.append("<circle cx=\"")
                    .append(num(x))
                    .append("\" cy=\"")
                    .append(num(cy))
                    .append("\" r=\"")
                    .append(num(R))
                    .append("\" fill=\"")
                    .append(a.overdue() ? "#000" : "#fff")
                    .append("\" stroke=\"#000\" stroke-width=\"1.2\"/>");
            s.append("<text x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(num(cy + 3.5))
                    .append("\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"")
                    .append(a.overdue() ? "#fff" : "#000")
                    .append("\">")
                    .append(a.number())
                    .append("</text>");
        }
        s.append("</svg>");
        return s.toString();
    }

    /** A generous estimate of a text's width: 0.6 em a character (wider than most sans-serif letters). */
    static double labelWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * 0.6 * fontSize;
    }

    /** One decimal, rounded half up from the shortest decimal form of {@code v}, as {@code %.1f} does. */
    static String num(double v) {
        String s = java.math.BigDecimal.valueOf(v)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        // %.1f keeps the sign of a negative number that rounds to zero.
        return v < 0 && s.equals("0.0") ? "-0.0" : s;
    }
}
