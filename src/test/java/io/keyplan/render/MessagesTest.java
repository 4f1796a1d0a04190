package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** UI texts: arguments and plural selectors, the same on every call now that selectors are split once. */
class MessagesTest {
    private final Messages en = new Messages(
            "en",
            Map.of(
                    "late", "{0} {0|day|days} late",
                    "both", "{0|one plan|{0} plans} and {1|one action|{1} actions}.",
                    "edges", "{0|x|y}{1|a|b}",
                    "plain", "Owner's plan"));

    @Test
    void choosesTheFormByTheArgument() {
        for (int call = 0; call < 2; call++) {
            assertEquals("1 day late", en.get("late", 1));
            assertEquals("3 days late", en.get("late", 3));
            assertEquals("one plan and 4 actions.", en.get("both", 1, 4));
            assertEquals("2 plans and one action.", en.get("both", 2, 1));
            assertEquals("yb", en.get("edges", 0, 2));
            assertEquals("Owner's plan", en.get("plain"));
        }
    }

    @Test
    void leavesASelectorWithoutItsArgumentForThePage() {
        assertEquals("{0|one plan|{0} plans} and {1|one action|{1} actions}.", en.get("both"));
        assertEquals("one plan and {1|one action|{1} actions}.", en.get("both", 1));
        assertEquals("x{1|a|b}", en.get("edges", 1, null));
    }

    @Test
    void aMissingKeyShowsAsItselfWithItsSelectorsChosen() {
        assertEquals("no.such {0|a|b}", en.get("no.such {0|a|b}"));
        assertEquals("no.such b", en.get("no.such {0|a|b}", 2));
    }

    @Test
    void countsChooseTheirText() {
        Messages m = new Messages("en", Map.of("n.one", "{0} plan", "n.other", "{0} plans in {1}"));
        assertEquals("1 plan", m.plural("n", 1, "1"));
        assertEquals("1,000 plans in 2026", m.plural("n", 1000, "1,000", 2026));
    }
}
