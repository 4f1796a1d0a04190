package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An objective's target is met, or not, only when target and actual compare without a guess. */
class TargetMetTest {

    @Test
    void numbersMeetTheTargetFromItUpwards() {
        assertEquals(false, TargetMet.of("2900000", "2870000"));
        assertEquals(true, TargetMet.of("3400000", "3400000"));
        assertEquals(true, TargetMet.of("650000", "650000.5"));
        assertEquals(false, TargetMet.of("0", "-6"), "a loss misses a break-even target");
        assertEquals(true, TargetMet.of(" 12.5 ", "13"));
    }

    @Test
    void aTargetMaySayTheWay() {
        assertEquals(true, TargetMet.of("<= 36", "36"));
        assertEquals(false, TargetMet.of("≤36", "40"));
        assertEquals(false, TargetMet.of("< 36", "36"));
        assertEquals(true, TargetMet.of("> 80", "81"));
        assertEquals(true, TargetMet.of("≥ 80", "80"));
        assertEquals(true, TargetMet.of("= 0", "0"));
        assertEquals(false, TargetMet.of("= 0", "1"));
    }

    @Test
    void percentagesOnlyAgainstPercentages() {
        assertEquals(true, TargetMet.of("80 %", "82%"));
        assertEquals(false, TargetMet.of("80%", "79.9 %"));
        assertNull(TargetMet.of("80 %", "82"), "one with a unit, one without: no guess");
    }

    @Test
    void yesAndNoInTheThreeLanguages() {
        assertEquals(true, TargetMet.of("yes", "Yes"));
        assertEquals(false, TargetMet.of("ja", "nee"));
        assertEquals(false, TargetMet.of("ja", "nein"));
        assertEquals(true, TargetMet.of("no", "false"));
    }

    @Test
    void anythingElseSaysNothing() {
        assertNull(TargetMet.of("Meeting by 2026-10-31", "No reply"));
        assertNull(TargetMet.of("Signed three-year contract", "Negotiation running"));
        assertNull(TargetMet.of("1,234,567", "1,300,000"), "thousands separators are ambiguous");
        assertNull(TargetMet.of("3,4", "3,5"));
        assertNull(TargetMet.of("2900000", null));
        assertNull(TargetMet.of(null, "1"));
        assertNull(TargetMet.of("", "1"));
        assertNull(TargetMet.of("yes", "1"));
        assertNull(TargetMet.of("EUR 2.9m", "EUR 3m"));
    }
}
