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
}
