package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.keyplan.model.Language;
import org.junit.jupiter.api.Test;

/** A number never breaks from its unit: "100 %" and "€ 2.870.000" stay on one line in every language. */
class FormatsTest {

    @Test
    void amountsAndPercentagesHoldNoBreakingSpace() {
        for (Language language : Language.values()) {
            Formats f = new Formats(language, "EUR");
            for (String s : new String[] {
                f.percent(100, 0), f.percent(12.5, 1), f.money(2870000), f.money(-416150), f.number(1234567.5, 1)
            }) {
                assertFalse(s.matches("(?s).*[\\s&&[^\\u00A0]].*"), language + ": \"" + s + "\" may break");
            }
        }
    }

    @Test
    void germanPercentagesKeepTheirSpaceAsANoBreakSpace() {
        assertEquals("100\u00A0%", new Formats(Language.DE, "EUR").percent(100, 0));
    }
}
