package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.model.Visibility;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicProfileTest {

    static Account account(String slug, String yaml) {
        return new Account(
                slug,
                Records.plan(yaml),
                Map.of(
                        SectionId.WHY,
                        new Narrative(SectionId.WHY, "Anna de Boer backs us.", SourceSpan.file("why.md")),
                        SectionId.SWOT,
                        new Narrative(SectionId.SWOT, "secret swot", SourceSpan.file("swot.md"))),
                List.of(new Note("visit", "Visit", LocalDate.of(2026, 1, 1), "notes", SourceSpan.file("n.md"))),
                List.of(),
                SourceSpan.file(slug));
    }

    static final String PUBLIC_PLAN = """
            name: Open Co
            owner: Jan
            visibility: public
            selection_scores: {profitability: 8}
            completeness: {swot: 41-60}
            overview: {why_key: "Our biggest client; ask ANNA DE BOER."}
            key_players: [{name: Anna de Boer, role: coach}]
            swot: {strengths: [fast]}
            business_review: {revenue: {2026: 1234567}}
            why: {statement: Because.}
            team: {members: [{name: Piet, customer_contact: Anna de Boer}]}
            reviews: [{date: 2026-01-01, attendees: [Anna de Boer]}]
            """;

    @Test
    void keepsOnlyPublicAccountsAndAllowedSections() {
        Content c = new Content(
                Path.of("content"),
                Portal.of(null, 2026),
                List.of(account("open", PUBLIC_PLAN), account("closed", "name: Closed Co\nowner: Jan")),
                List.of());
        Content p = PublicProfile.filter(c);
        assertEquals(List.of("open"), p.accounts().stream().map(Account::slug).toList());
        Account a = p.accounts().get(0);
        assertTrue(a.plan().keyPlayers().isEmpty(), "key players never go public");
        assertNull(a.plan().swot(), "swot is not a default public section");
        assertNull(a.plan().businessReview());
        assertNull(a.plan().team());
        assertTrue(a.plan().selectionScores().isEmpty());
        assertTrue(a.plan().completeness().isEmpty());
        assertTrue(a.plan().reviews().isEmpty());
        assertTrue(a.notes().isEmpty());
        assertEquals(List.of(SectionId.WHY), List.copyOf(a.narratives().keySet()));
        assertEquals("Because.", a.plan().why().statement());
    }

    @Test
    void keyPlayerNamesInReleasedTextAreWithheld() {
        Content c = new Content(
                Path.of("content"), Portal.of(null, 2026), List.of(account("open", PUBLIC_PLAN)), List.of());
        Account a = PublicProfile.filter(c).accounts().get(0);
        assertEquals(
                "Our biggest client; ask " + PublicProfile.WITHHELD + ".",
                a.plan().overview().whyKey());
        assertEquals(
                PublicProfile.WITHHELD + " backs us.",
                a.narrative(SectionId.WHY).markdown());
    }

    @Test
    void aNameInsideAnotherWordIsLeftAlone() {
        PublicProfile.Redactor r = new PublicProfile.Redactor(List.of("Lang"));
        assertEquals(
                "Langfristige Ziele; " + PublicProfile.WITHHELD + " sagt ja",
                r.text("Langfristige Ziele; Lang sagt ja"));
    }

    @Test
    void namesOfAnyAccountsPlayersAreWithheldInFreePagesToo() {
        Content c = new Content(
                Path.of("content"),
                Portal.of(null, 2026),
                List.of(account("closed", "name: Closed Co\nowner: Jan\nkey_players: [{name: Zed Zebrowski}]")),
                List.of(new io.keyplan.model.Page(
                        "free",
                        "Met Zed Zebrowski",
                        "We met Zed\nZebrowski today.",
                        Visibility.PUBLIC,
                        SourceSpan.file("free.md"))));
        io.keyplan.model.Page page = PublicProfile.filter(c).pages().get(0);
        assertEquals("Met " + PublicProfile.WITHHELD, page.title());
        assertEquals("We met " + PublicProfile.WITHHELD + " today.", page.markdown());
    }

    /** Spec 7 (revised 2026-11-29): a free page is public only when its front matter says so. */
    @Test
    void freePagesAreReleasedOnlyWhenMarkedPublic() {
        Content c = new Content(
                Path.of("content"),
                Portal.of(null, 2026),
                List.of(),
                List.of(
                        new io.keyplan.model.Page("how-we-work", "How we work", "Internal.", SourceSpan.file("a.md")),
                        new io.keyplan.model.Page(
                                "about", "About", "Public.", Visibility.PUBLIC, SourceSpan.file("b.md")),
                        new io.keyplan.model.Page(
                                "tools", "Tools", "Internal too.", Visibility.INTERNAL, SourceSpan.file("c.md"))));
        assertEquals(
                List.of("about"),
                PublicProfile.filter(c).pages().stream()
                        .map(io.keyplan.model.Page::name)
                        .toList());
        assertEquals(3, c.pages().size(), "an internal build keeps every page");
    }

    @Test
    void noEmailAddressIsPublished() {
        String plan = """
                name: Open Co
                owner: {name: Jan Smit, email: jan.smit@ourco.example, title: KAM}
                sponsor: {name: Eva, email: eva@ourco.example}
                visibility: public
                overview: {why_key: "Ask <info@open.example> or [Jan](mailto:jan.smit@ourco.example)."}
                why: {statement: "Write to jan.smit@ourco.example, or see https://x.example/?to=jan@ourco.example"}
                """;
        Content c = new Content(
                Path.of("content"),
                Portal.of(null, 2026),
                List.of(account("open", plan)),
                List.of(new io.keyplan.model.Page(
                        "about",
                        "About",
                        "Mail [us](mailto:info@open.example \"Mail\"), <mailto:sales@open.example> or **a@b.example**.",
                        Visibility.PUBLIC,
                        SourceSpan.file("b.md"))));
        Content p = PublicProfile.filter(c);
        Account a = p.accounts().get(0);
        assertNull(a.plan().owner().email());
        assertEquals("Jan Smit", a.plan().owner().name());
        assertEquals("KAM", a.plan().owner().title());
        assertNull(a.plan().sponsor().email());
        String w = Emails.WITHHELD;
        assertEquals("Ask " + w + " or Jan.", a.plan().overview().whyKey());
        assertEquals(
                "Write to " + w + ", or see https://x.example/?to=" + Emails.IN_ADDRESS,
                a.plan().why().statement());
        assertEquals("Mail us, " + w + " or **" + w + "**.", p.pages().get(0).markdown());
    }

    /** An address spelled with an entity or an escaped at sign reads as an address on the page: withheld too. */
    @Test
    void anAddressSpelledWithAnEntityOrAnEscapeIsWithheld() {
        for (String spelled : List.of(
                "jan&#64;ourco.example",
                "jan&#x40;ourco.example",
                "jan&#X0040;ourco.example",
                "jan&commat;ourco.example",
                "jan\\@ourco.example")) {
            String plan = "name: Open Co\nowner: Jan\nvisibility: public\nwhy: {statement: 'Write to " + spelled
                    + " today.'}\n";
            Content c =
                    new Content(Path.of("content"), Portal.of(null, 2026), List.of(account("open", plan)), List.of());
            assertEquals(
                    "Write to " + Emails.WITHHELD + " today.",
                    PublicProfile.filter(c).accounts().get(0).plan().why().statement(),
                    spelled);
        }
        // Not an at sign: left as written.
        assertEquals("AT&amp;T and &#65;", Emails.atSigns("AT&amp;T and &#65;"));
    }
}
