package io.keyplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.markdown.Placeholders.Found;
import io.keyplan.markdown.Placeholders.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where placeholders are found, what is left alone, and how a value and a table go in. */
class PlaceholdersTest {

    @Test
    void findsKnownAndUnknownNamesWithTheirPlace() {
        String md = "Review every {{ review.cadence_days }} days, {{review.horizon_days}} ahead; {{ tiers.silver }}.";
        List<Found> found = Placeholders.find(md);
        assertEquals(3, found.size());
        assertEquals(Name.REVIEW_CADENCE_DAYS, found.get(0).name());
        assertEquals(md.indexOf("{{ review.c"), found.get(0).start());
        assertEquals(md.indexOf(" days,"), found.get(0).end());
        assertEquals(Name.REVIEW_HORIZON_DAYS, found.get(1).name(), "spaces inside the braces are optional");
        assertEquals("tiers.silver", found.get(2).written());
        assertNull(found.get(2).name());
        assertFalse(found.get(0).alone());
    }

    @Test
    void codeEscapesAndRawHtmlAreLeftAlone() {
        String md = "Write `{{ title }}` in a page.\n\n```\n{{ title }}\n```\n\n    {{ title }}\n\n"
                + "\\{{ title }} stays\n\n<div>{{ title }}</div>\n\nbut {{ title }} is one\n";
        List<Found> found = Placeholders.find(md);
        assertEquals(1, found.size(), found.toString());
        assertEquals(md.lastIndexOf("{{ title }}"), found.get(0).start());
    }

    @Test
    void aTableStandsAloneOnItsLineAndKeepsItsQuote() {
        String md = "Intro\n\n> {{ selection.position }}\n\nEnd {{ selection.position }}\n";
        List<Found> found = Placeholders.find(md);
        assertTrue(found.get(0).alone());
        assertEquals("> ", found.get(0).prefix());
        assertFalse(found.get(1).alone(), "inside a sentence");
        String out = Placeholders.expand(md, n -> "| a | b |\n|---|---|\n| 1 | 2 |");
        assertEquals(
                "Intro\n\n> \n> \n> | a | b |\n> |---|---|\n> | 1 | 2 |\n> \n\nEnd {{ selection.position }}\n",
                out,
                "a table in a sentence is not filled in: validation reports it");
    }

    @Test
    void valuesAreFilledInAndUnknownNamesStay() {
        String md = "A {{ organisation }} and {{ nothing }} and {{ fiscal_year }}.";
        assertEquals(
                "A X and {{ nothing }} and 2026.", Placeholders.expand(md, n -> n == Name.ORGANISATION ? "X" : "2026"));
        assertEquals("plain", Placeholders.expand("plain", n -> "never"));
    }

    @Test
    void escapeMakesEverySignLiteral() {
        assertEquals(
                "Kessler \\& de Wit \\<b\\> \\| \\*x\\* \\[a\\]\\(b\\) 5\\,5",
                Placeholders.escape("Kessler & de Wit <b> | *x* [a](b) 5,5"));
        assertEquals("Zürich a b", Placeholders.escape("Zürich a\nb"));
    }

    @Test
    void everyKeyIsItsOwnName() {
        for (Name n : Name.values()) {
            assertEquals(n, Name.of(n.key()));
        }
        assertTrue(Name.keys().contains("selection.attractiveness"));
    }
}
