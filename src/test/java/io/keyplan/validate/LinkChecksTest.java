package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkChecksTest {
    static final String ACCOUNT_PAGE = "accounts/acme/index.html";

    @Test
    void linksInsideThePortalAndWebAddressesAreFine() {
        assertNull(LinkChecks.problem("organigram.svg", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("../other/index.html#s-swot", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("../../pages/how-we-work.md", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("https://example.com/x", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("mailto:a@b.c", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("#s-why", ACCOUNT_PAGE));
    }

    @Test
    void linksThatCannotWorkOnThePortalAreErrors() {
        assertTrue(LinkChecks.problem("../../../etc/passwd", ACCOUNT_PAGE).contains("leads out of the portal"));
        assertTrue(LinkChecks.problem("../../etc/passwd", "pages/p.html").contains("leads out of the portal"));
        assertTrue(LinkChecks.problem("file:///etc/passwd", ACCOUNT_PAGE).contains("one computer"));
        assertTrue(LinkChecks.problem("/accounts/x/index.html", ACCOUNT_PAGE).contains("starts with '/'"));
        assertTrue(LinkChecks.problem("mission.md", ACCOUNT_PAGE).contains("'#s-mission'"));
    }

    @Test
    void reportsTheLineOfTheLink() {
        Diagnostics d = new Diagnostics();
        LinkChecks.check("Intro\n\nSee [x](../../../etc/passwd) and ![i](/logo.png).\n",
                new SourceSpan("nowhere/swot.md", 0, 0), ACCOUNT_PAGE, d);
        List<String> found = d.all().stream().map(Diagnostic::toString).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("nowhere/swot.md:3:"), found.toString());
    }
}
