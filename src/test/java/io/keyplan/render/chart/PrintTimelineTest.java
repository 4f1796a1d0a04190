package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The print timeline writes its coordinates exactly as it always has. */
class PrintTimelineTest {
    /** The timeline's coordinates are written as {@code %.1f} wrote them, without its cost. */
    @Test
    void coordinatesMatchOneDecimalFormatting() {
        assertEquals("0.3", PrintTimeline.num(0.25));
        assertEquals("0.2", PrintTimeline.num(0.15));
        assertEquals("-0.0", PrintTimeline.num(-0.04));
        assertEquals("12.0", PrintTimeline.num(12));
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 3) {
                case 0 -> (random.nextDouble() - 0.5) * 2_000;
                case 1 -> Math.round((random.nextDouble() - 0.5) * 200_000) / 100.0;
                default -> (random.nextDouble() - 0.5) * 0.2;
            };
            assertEquals(String.format(Locale.ROOT, "%.1f", v), PrintTimeline.num(v), "for " + v);
        }
    }

    /** Labels come from the theme's messages: escaped as text (apostrophes as they are), no control characters. */
    @Test
    void labelsAreEscapedAsText() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        String svg = PrintTimeline.render(
                "acme",
                List.of(new PrintTimeline.Marker(1, today.plusDays(3), false)),
                today,
                Locale.ENGLISH,
                "today's <b>\u0007",
                "Plan \"A\" & B");
        assertTrue(svg.contains("<title id=\"timeline-acme-title\">Plan &quot;A&quot; &amp; B</title>"), svg);
        assertTrue(svg.contains(">today's &lt;b&gt;</text>"), svg);
        assertEquals(
                "",
                PrintTimeline.render(
                        "acme", List.of(new PrintTimeline.Marker(1, null, false)), today, Locale.ENGLISH, "t", "T"));
    }

    /** Every month label names its year in full, so "Dec 2026" and "Jan 2027" read apart from a day. */
    @Test
    void monthLabelsCarryTheYear() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        String svg = PrintTimeline.render(
                "acme",
                List.of(new PrintTimeline.Marker(1, LocalDate.of(2027, 1, 20), false)),
                today,
                Locale.ENGLISH,
                "today",
                "T");
        List<String> months = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("font-size=\"10\" fill=\"#000\">([^<]+)</text>")
                .matcher(svg);
        while (m.find()) {
            months.add(m.group(1));
        }
        assertEquals(List.of("Nov 2026", "Dec 2026", "Jan 2027"), months, svg);
    }

    /** The "today" label sits inside the drawing: above its bottom edge, and left of the line near the right end. */
    @Test
    void todayLabelIsNeverClipped() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        String svg = PrintTimeline.render(
                "acme",
                List.of(new PrintTimeline.Marker(1, today.plusDays(3), false)),
                today,
                Locale.ENGLISH,
                "today",
                "T");
        var box = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")
                .matcher(svg);
        assertTrue(box.find(), svg);
        double height = Double.parseDouble(box.group(2));
        var label = java.util.regex.Pattern.compile(
                        "<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*font-style=\"italic\"[^>]*>today<")
                .matcher(svg);
        assertTrue(label.find(), svg);
        // A 9-unit italic font reaches about a quarter of its size below the baseline.
        assertTrue(Double.parseDouble(label.group(2)) + 9 * 0.25 <= height, "descenders inside: " + svg);

        // Two years of actions: today's line is close to the right end, and the label turns left.
        String wide = PrintTimeline.render(
                "acme",
                List.of(new PrintTimeline.Marker(1, today.minusMonths(30), true)),
                today,
                Locale.forLanguageTag("nl"),
                "vandaag",
                "T");
        var right = java.util.regex.Pattern.compile(
                        "<text x=\"([0-9.]+)\"[^>]*?( text-anchor=\"end\")?[^>]*font-style=\"italic\"[^>]*>vandaag<")
                .matcher(wide);
        assertTrue(right.find(), wide);
        double x = Double.parseDouble(right.group(1));
        double end = right.group(2) != null ? x : x + PrintTimeline.labelWidth("vandaag", 9);
        assertTrue(end <= 700, "the label ends at " + end + ": " + wide);
    }
}
