package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec 3, {@code language}: every page's {@code lang} is the portal's; a plan written in another
 * language has its text marked with its own {@code lang} (narratives, free text, the home card, the
 * printed views), while the UI labels around it stay in the portal's language.
 */
class PlanLanguageTest {
    private static final String GERMAN = "Größter Kunde in DACH";

    static MemorySiteWriter site;

    @BeforeAll
    static void render() {
        String plan = "owner: Ann\n"
                + "why: {statement: \"" + GERMAN + ", seit 2017.\"}\n"
                + "key_players:\n  - {name: Jürgen Hoffmann, title: Leiter Technik}\n"
                + "actions:\n  - {action: Workshop mit der Werkleitung, owner: Ann, due: 2026-12-10}\n";
        Account german = account("rhein", "name: Rhein AG\nlanguage: de\n" + plan, "Warum Rhein ein Key Account ist.");
        Account english = account("acme", "name: Acme\nlanguage: en\n" + plan, "Why Acme matters.");
        Account unmarked = account("beta", "name: Beta\n" + plan, "Why Beta matters.");
        site = TestSite.render(
                new Content(Path.of("content"), Portal.of(null, 2026), List.of(english, unmarked, german), List.of()));
    }

    private static Account account(String slug, String yaml, String why) {
        return new Account(
                slug,
                Records.plan(yaml),
                Map.of(SectionId.WHY, new Narrative(SectionId.WHY, why, SourceSpan.file(slug + "/why.md"))),
                List.of(),
                List.of(),
                SourceSpan.file(slug));
    }

    private static Document page(String path) {
        return Jsoup.parse(site.text(path));
    }

    /** The language a reader's software takes for an element: its own or its nearest ancestor's {@code lang}. */
    private static String languageOf(Element e) {
        Element marked = e.closest("[lang]");
        assertNotNull(marked, "no lang above " + e.outerHtml());
        return marked.attr("lang");
    }

    @Test
    void everyPageIsInThePortalsLanguage() {
        for (String path : List.of(
                "index.html",
                "accounts/rhein/index.html",
                "accounts/rhein/print.html",
                "accounts/rhein/one-page.html",
                "portfolio/booklet.html")) {
            assertEquals("en", page(path).selectFirst("html").attr("lang"), path);
        }
    }

    @Test
    void aGermanPlansTextIsMarkedGermanAndItsLabelsStayEnglish() {
        for (String path : List.of("accounts/rhein/index.html", "accounts/rhein/print.html")) {
            Document d = page(path);
            Element narrative = d.selectFirst("#s-why .narrative p");
            assertEquals("de", languageOf(narrative), path);
            Element statement = d.selectFirst("#s-why blockquote.statement p");
            assertEquals(
                    "de",
                    languageOf(statement),
                    () -> path + ": " + statement.parent().outerHtml());
            Element title = d.selectFirst("#s-key_players td:containsOwn(Leiter Technik)");
            assertEquals("de", languageOf(title), path);
            // Section headings and field labels are the portal's words.
            assertEquals("en", languageOf(d.selectFirst("#s-why h2")), path);
            assertEquals("en", languageOf(d.selectFirst("#s-key_players thead th")), path);
        }
        Document one = page("accounts/rhein/one-page.html");
        assertEquals(
                "de",
                languageOf(one.getElementsContainingOwnText("Workshop mit der Werkleitung")
                        .first()));
        assertEquals(
                "de",
                languageOf(one.getElementsContainingOwnText("Leiter Technik").first()));
        assertEquals("en", languageOf(one.selectFirst(".one-actions thead th")));
        Document booklet = page("portfolio/booklet.html");
        assertEquals(
                "de",
                languageOf(booklet.selectFirst("#acc-rhein")
                        .getElementsContainingOwnText("Workshop mit der Werkleitung")
                        .first()));
        Element card = page("index.html").selectFirst("[data-name=Rhein AG] .card-why");
        assertEquals("de", languageOf(card));
        assertTrue(card.text().startsWith(GERMAN), card.text());
    }

    @Test
    void aPlanInThePortalsLanguageOrWithoutOneIsNotMarked() {
        for (String slug : List.of("acme", "beta")) {
            for (String page : List.of("index.html", "print.html", "one-page.html")) {
                Document d = page("accounts/" + slug + "/" + page);
                assertEquals(1, d.select("[lang]").size(), slug + "/" + page + ": only <html> has a lang");
            }
        }
        assertEquals(List.of(), page("index.html").select("[data-name=Acme] [lang], [data-name=Beta] [lang]"));
    }
}
