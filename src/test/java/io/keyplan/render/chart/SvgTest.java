package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTest {
    @Test
    void escapesMarkupQuotesAndControlCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;O&#39;Neill &amp; Co&lt;/a&gt;", Svg.esc("<a href=\"x\">O'Neill & Co</a>\u0007"));
    }

    @Test
    void numbersAreLocaleIndependent() {
        assertEquals("1.5", Svg.num(1.5));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("12", Svg.num(12.0));
        assertEquals("3.14", Svg.num(3.14159));
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
