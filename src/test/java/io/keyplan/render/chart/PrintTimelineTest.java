package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
