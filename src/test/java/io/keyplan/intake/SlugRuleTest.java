package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** New folder names from customer names, by the spec's slug rule. */
class SlugRuleTest {
    @Test
    void accentsAndSpecialLettersAreFolded() {
        assertEquals("muller-sohne-gmbh", SlugRule.derive("Müller & Söhne GmbH"));
        assertEquals("grossbackerei-weiss", SlugRule.derive("Großbäckerei Weiß"));
        assertEquals("coopérative-céréalis".replace("é", "e"), SlugRule.derive("Coopérative Céréalis"));
        assertEquals("norrland-aerokraft-o", SlugRule.derive("Norrland Ærokraft Ø"));
        assertEquals("lodz-logistics", SlugRule.derive("Łódź Logistics"));
        assertEquals("zeeland-blue-ports", SlugRule.derive("Zeeland \"Blue\" Ports"));
    }

    @Test
    void aNameWithoutLettersOrDigitsGivesNoSlug() {
        assertEquals("", SlugRule.derive("株式会社"));
        assertEquals("", SlugRule.derive("---"));
    }

    @Test
    void longNamesAreCutAtSixtyFourCharacters() {
        String slug = SlugRule.derive("A".repeat(40) + " " + "B".repeat(40));
        assertEquals("a".repeat(40) + "-" + "b".repeat(23), slug);
        assertEquals(64, SlugRule.derive("x".repeat(100)).length());
    }
}
