package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import io.keyplan.validate.ContentValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example portfolio shipped in content/ must load and validate without a single error. */
class ExampleContentTest {

    @Test
    void examplePortfolioLoadsCleanly() {
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(Path.of("content"), LocalDate.of(2026, 12, 1), d);
        ContentValidator.validate(c, d);
        assertEquals(
                "", String.join("\n", d.all().stream().map(Object::toString).toList()));
        assertEquals(13, c.accounts().size());
        assertEquals("alpenstrom-energie", c.accounts().get(0).slug());
        assertEquals(2026, c.portal().fiscalYear());
        assertEquals(5, c.portal().attractiveness().size());

        Account noordzee = c.accounts().stream()
                .filter(a -> a.slug().equals("noordzee-foods"))
                .findFirst()
                .orElseThrow();
        assertEquals(8, noordzee.plan().keyPlayers().size());
        assertEquals(3, noordzee.notes().size());
        assertEquals("2026-09-03-review", noordzee.notes().get(0).name());
        assertEquals(LocalDate.of(2026, 9, 3), noordzee.notes().get(0).date());
        assertEquals(1, noordzee.attachments().size());
        assertEquals("dmu-organigram.svg", noordzee.attachments().get(0).relativePath());
        assertTrue(noordzee.hasNarrative(SectionId.SWOT));
        assertNotNull(noordzee.plan().origin());
        assertTrue(noordzee.plan().origin().of("name").line() > 0);
        assertEquals(1, c.pages().size());
        assertEquals("How we do key account management", c.pages().get(0).title());
    }
}
