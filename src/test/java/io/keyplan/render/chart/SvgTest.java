package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTest {
    @Test
    void escapesMarkupQuotesAndControlCharacters() {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;O&#39;Neill &amp; Co&lt;/a&gt;",
                Svg.fragment().text("<a href=\"x\">O'Neill & Co</a>\u0007").body());
    }

    @Test
    void numbersAreLocaleIndependent() {
        assertEquals("1.5", Svg.num(1.5));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("12", Svg.num(12.0));
        assertEquals("3.14", Svg.num(3.14159));
        assertEquals("-1.05", Svg.num(-1.049));
        assertEquals("-0.1", Svg.num(-0.1));
        assertEquals("1000000.01", Svg.num(1_000_000.005));
    }

    /** The fast path must write exactly what the formatter it replaced wrote, or charts would shift. */
    @Test
    void numbersMatchTwoDecimalFormatting() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 2_000;
                case 1 -> Math.round((random.nextDouble() - 0.5) * 200_000) / 100.0;
                case 2 -> Math.round((random.nextDouble() - 0.5) * 20_000) / 1_000.0;
                default -> (random.nextDouble() - 0.5) * 0.1;
            };
            assertEquals(formatted(v), Svg.num(v), () -> "for " + v);
        }
    }

    private static String formatted(double v) {
        double r = Math.round(v * 100.0) / 100.0;
        if (r == 0) {
            return "0";
        }
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", r);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    @Test
    void idsAreSanitised() {
        assertEquals("kp-a-b-c", ChartIds.sanitise("a b\"c"));
        assertEquals("kp-chart", ChartIds.sanitise(null));
    }

    @Test
    void longTextIsShortenedWithAnEllipsis() {
        assertEquals("Frank O'Neill & Part\u2026", Svg.fit("Frank O'Neill & Partners and more", 158, 13));
        assertEquals("Short", Svg.fit("Short", 158, 13));
    }
}
