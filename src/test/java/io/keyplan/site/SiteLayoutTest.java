package io.keyplan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteLayoutTest {
    private static Content content() {
        Portal portal = Portal.of(Records.fromYaml(PortalFile.class, "title: P"), 2026);
        Account acme = new Account(
                "acme",
                Records.plan("name: Acme\nowner: Jan"),
                Map.of(),
                List.of(new Note("visit", "Visit", LocalDate.of(2026, 10, 2), "Met.", SourceSpan.file("visit.md"))),
                List.of(),
                SourceSpan.file("acme"));
        Account beta = new Account(
                "beta",
                Records.plan("name: Beta\nowner: Eva"),
                Map.of(),
                List.of(),
                List.of(),
                SourceSpan.file("beta"));
        Page how = new Page("how-we-work", "How we work", "Text.", SourceSpan.file("how.md"));
        return new Content(Path.of("content"), portal, List.of(acme, beta), List.of(how));
    }

    @Test
    void anInternalSiteHasEveryPageInAFixedOrder() {
        assertEquals(
                List.of(
                        "index.html",
                        "accounts/acme/index.html",
                        "accounts/acme/notes/visit.html",
                        "accounts/acme/print.html",
                        "accounts/acme/one-page.html",
                        "accounts/beta/index.html",
                        "accounts/beta/print.html",
                        "accounts/beta/one-page.html",
                        "pages/how-we-work.html",
                        "portfolio/index.html",
                        "pages/how-to-read.html",
                        "completeness/index.html",
                        "actions/index.html",
                        "reviews/index.html",
                        "portfolio/booklet.html",
                        "404.html"),
                SiteLayout.of(content(), Audience.INTERNAL).pages());
    }

    @Test
    void aPublicSiteHasNoPortfolioPagesAndNoPrintedPlans() {
        assertEquals(
                List.of(
                        "index.html",
                        "accounts/acme/index.html",
                        "accounts/acme/notes/visit.html",
                        "accounts/beta/index.html",
                        "pages/how-we-work.html",
                        "404.html"),
                SiteLayout.of(content(), Audience.PUBLIC).pages());
        assertEquals(Audience.PUBLIC, SiteLayout.of(content(), Audience.PUBLIC).audience());
    }

    @Test
    void withGitHistoryAnInternalSiteHasAHistoryPagePerAccountAndTheChangesPage() {
        assertEquals(
                List.of(
                        "index.html",
                        "accounts/acme/index.html",
                        "accounts/acme/notes/visit.html",
                        "accounts/acme/history.html",
                        "accounts/acme/print.html",
                        "accounts/acme/one-page.html",
                        "accounts/beta/index.html",
                        "accounts/beta/history.html",
                        "accounts/beta/print.html",
                        "accounts/beta/one-page.html",
                        "pages/how-we-work.html",
                        "portfolio/index.html",
                        "pages/how-to-read.html",
                        "completeness/index.html",
                        "actions/index.html",
                        "reviews/index.html",
                        "changes/index.html",
                        "portfolio/booklet.html",
                        "404.html"),
                SiteLayout.of(content(), Audience.INTERNAL, true, true).pages());
        // Without history, the same pages as before.
        assertEquals(
                SiteLayout.of(content(), Audience.INTERNAL).pages(),
                SiteLayout.of(content(), Audience.INTERNAL, true, false).pages());
        assertEquals("accounts/acme/history.html", SiteLayout.historyPage("acme"));
    }

    @Test
    void aPublicSiteHasNoHistoryPagesEvenWithGitHistory() {
        assertEquals(
                SiteLayout.of(content(), Audience.PUBLIC).pages(),
                SiteLayout.of(content(), Audience.PUBLIC, false, true).pages());
        assertFalse(Audience.PUBLIC.seesHistoryPages(true));
        assertFalse(Audience.PUBLIC.seesAuthors());
        assertFalse(Audience.INTERNAL.seesHistoryPages(false));
        assertTrue(Audience.INTERNAL.seesHistoryPages(true));
        assertTrue(Audience.INTERNAL.seesAuthors());
    }

    @Test
    void anAttachmentCannotTakeTheHistoryPagesName() {
        assertEquals("history.html", SiteLayout.collidingPage("History.html", List.of()));
    }

    @Test
    void addressesOfOneAccount() {
        assertEquals("accounts/acme/", SiteLayout.accountFolder("acme"));
        assertEquals("accounts/acme/index.html", SiteLayout.accountPage("acme"));
        assertEquals("accounts/acme/print.html", SiteLayout.printPage("acme"));
        assertEquals("accounts/acme/one-page.html", SiteLayout.onePagePlan("acme"));
        assertEquals("accounts/acme/notes/visit.html", SiteLayout.notePage("acme", "visit"));
        assertEquals("notes/visit.html", SiteLayout.notePage("visit"));
        assertEquals("accounts/acme/docs/plan.pdf", SiteLayout.attachment("acme", "docs/plan.pdf"));
        assertEquals("pages/faq.html", SiteLayout.freePage("faq"));
        assertEquals("#acc-acme", SiteLayout.bookletAnchor("acme"));
    }

    @Test
    void linksAreRelativeToThePageTheyAreOn() {
        assertEquals("", SiteLayout.root("index.html"));
        assertEquals("../", SiteLayout.root("portfolio/index.html"));
        assertEquals("../../../", SiteLayout.root("accounts/acme/notes/visit.html"));
        assertEquals("index.html", SiteLayout.link("404.html", "index.html"));
        assertEquals(
                "../accounts/acme/index.html", SiteLayout.link(SiteLayout.PORTFOLIO, SiteLayout.accountPage("acme")));
        assertEquals("../../../pages/faq.html", SiteLayout.link("accounts/acme/notes/visit.html", "pages/faq.html"));
    }

    @Test
    void anAttachmentMayNotTakeThePlaceOfAnAccountPage() {
        List<String> notes = List.of("visit");
        assertEquals("index.html", SiteLayout.collidingPage("INDEX.HTML", notes));
        assertEquals("print.html", SiteLayout.collidingPage("print.html/x.pdf", notes));
        assertEquals("notes/visit.html", SiteLayout.collidingPage("notes", notes));
        assertEquals("notes/visit.html", SiteLayout.collidingPage("Notes/Visit.html", notes));
        assertNull(SiteLayout.collidingPage("notes", List.of()));
        assertNull(SiteLayout.collidingPage("docs/index.html", notes));
    }

    @Test
    void thePublicSeesOnlyTheAllowedSectionsAndNoFigures() {
        Portal portal = Portal.of(Records.fromYaml(PortalFile.class, "title: P"), 2026);
        assertEquals(EnumSet.allOf(SectionId.class), Audience.INTERNAL.sections(portal));
        assertTrue(EnumSet.allOf(SectionId.class).containsAll(Audience.PUBLIC.sections(portal)));
        assertTrue(
                Audience.PUBLIC.sections(portal).size() < SectionId.values().length,
                "spec 7: public sections are a subset");
        assertTrue(Audience.INTERNAL.seesFigures()
                && Audience.INTERNAL.seesPrintedPlans()
                && Audience.INTERNAL.seesDataFiles());
        assertFalse(
                Audience.PUBLIC.seesFigures() || Audience.PUBLIC.seesPrintedPlans() || Audience.PUBLIC.seesDataFiles());
    }

    @Test
    void internalReadersSeeTheContentAsItIs() {
        Content c = content();
        assertTrue(Audience.INTERNAL.released(c, new io.keyplan.diagnostic.Diagnostics()) == c);
    }

    @Test
    void pathsThatLeaveTheSiteAreRefused() {
        assertEquals("a/b.html", SitePaths.check("a/b.html"));
        for (String bad : List.of("", "/a", "a\\b", "../a", "a/./b", "a//b", "c:x")) {
            assertThrows(IllegalArgumentException.class, () -> SitePaths.check(bad), bad);
            assertFalse(SitePaths.isWritable(bad), bad);
        }
        assertEquals(SitePaths.fold("Straße"), SitePaths.fold("ſtrasse".replace("ss", "ß")), "long s folds to s");
        assertEquals(
                SitePaths.fold("Caf\u00e9"), SitePaths.fold("CAFE\u0301"), "composed and decomposed accents alike");
        assertTrue(SitePaths.isPlanSource("Plan.YML")
                && SitePaths.isPlanSource("x.markdown")
                && !SitePaths.isPlanSource("x.pdf"));
    }
}
