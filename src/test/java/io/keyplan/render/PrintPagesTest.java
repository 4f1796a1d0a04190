package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PrintPagesTest {
    private static final List<String> EN_TITLES = List.of(
            "Key account",
            "Key players",
            "Customer business analysis",
            "Business review",
            "Competition and purchasing",
            "Strengths and weaknesses",
            "Ambition",
            "Mission statement",
            "Strategic fit",
            "Objectives and KPIs",
            "Investments",
            "Sales opportunities",
            "Revenue forecast",
            "Action plan",
            "Account and delivery team",
            "Why a key account");

    private static final MemorySiteWriter SITE =
            TestSite.render(TestSite.content("title: Portal\norganisation: Example Logistics BV"));

    private static Document page(String path) {
        return Jsoup.parse(SITE.text(path));
    }

    @Test
    void fullPlanHasCoverAllSixteenSectionsAndSignatureButNoNavigation() {
        Document d = page("accounts/acme/print.html");
        String cover = d.selectFirst(".print-cover").text();
        for (String expected : List.of(
                "Acme Logistics", "Jan de Vries", "Eva Bakker", "Example Logistics BV", "23 Nov 2026", "At risk")) {
            assertTrue(cover.contains(expected), expected + " in " + cover);
        }
        assertNotNull(d.selectFirst(".print-cover .print-health"), "health on the cover");
        assertTrue(cover.matches(".*Completeness \\d+(\\.\\d)?%.*"), cover);
        List<String> titles =
                d.select("section.print-section:not(.print-reviews) > h2").eachText();
        assertEquals(16, titles.size());
        for (int i = 0; i < 16; i++) {
            assertEquals(i + " " + EN_TITLES.get(i), titles.get(i));
        }
        assertTrue(d.selectFirst("#s-swot .narrative").text().contains("strong"), "narratives are printed");
        assertEquals(3, d.select("#s-actions tbody tr").size());
        assertTrue(
                d.select("nav, .site-header, .site-footer, form, button, select, script")
                        .isEmpty(),
                "no navigation or controls");
        Element sign = d.selectFirst(".print-signature");
        assertNotNull(sign);
        assertTrue(sign.text().contains("Approved by") && sign.text().contains("Eva Bakker"), sign.text());
        assertEquals(
                "../../assets/css/print.css",
                d.select("link[rel=stylesheet]").last().attr("href"));
    }

    /** The printed plan shows each section exactly as the account page does (they share one rendering). */
    @Test
    void printedSectionsMatchTheAccountPage() {
        Document print = page("accounts/acme/print.html");
        Document screen = page("accounts/acme/index.html");
        int compared = 0;
        for (Element section : print.select("section.print-section[id^=s-]")) {
            Element onScreen = screen.getElementById(section.id());
            assertNotNull(onScreen, section.id());
            if (section.hasClass("is-empty")) {
                continue;
            }
            assertEquals(content(onScreen), content(section), section.id());
            compared++;
        }
        assertTrue(compared >= 8, "filled sections compared: " + compared);
    }

    /** A section's content: everything after its heading, without the screen page's checklist. */
    private static String content(Element section) {
        Element copy = section.clone();
        copy.select("h2, .checklist, details.checklist").remove();
        return copy.html();
    }

    @Test
    void onePagePlanShowsNameDmuGoalCompetitionAndOpenActionsSoonestFirst() {
        Document d = page("accounts/acme/one-page.html");
        assertEquals("Acme Logistics", d.selectFirst(".one-page h1").text());
        String meta = d.selectFirst(".one-meta").text();
        assertTrue(meta.contains("Jan de Vries") && meta.contains("At risk"), meta);
        assertEquals(
                List.of("Maria Jansen, CFO · Economic buyer · Supporter", "Tom Peters, Buyer · Coach · Champion"),
                d.select(".one-dmu li").eachText());
        assertTrue(d.selectFirst(".one-goal").text().contains("Revenue 1.5M"), "objective as goal when no mission");
        assertTrue(d.selectFirst(".one-critical").text().contains("New entrant"), "threats are critical");
        assertEquals(List.of("Rival BV — 40%"), d.select(".one-competition li").eachText());
        var rows = d.select(".one-actions tbody tr");
        assertEquals(2, rows.size(), "only open actions");
        assertTrue(rows.get(0).text().contains("Call the CFO")
                && rows.get(0).text().contains("Overdue"));
        assertTrue(rows.get(1).text().contains("Send the proposal")
                && rows.get(1).text().contains("15 Dec 2026"));
        assertEquals(2, d.select(".one-timeline svg circle").size(), "each dated action on the time axis");
        assertEquals("print.html", d.selectFirst(".one-foot a").attr("href"));
        assertTrue(d.select("nav, .site-header, form, button, script").isEmpty());
    }

    @Test
    void onePagePlanCapsListsAndPointsToTheFullPlan() {
        StringBuilder yaml = new StringBuilder("name: Big Co\nowner: Ann\nkey_players:\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("  - {name: Player ")
                    .append(i)
                    .append(", influence: ")
                    .append(i == 9 ? "high" : "low")
                    .append("}\n");
        }
        yaml.append("actions:\n");
        for (int i = 1; i <= 8; i++) {
            yaml.append("  - {action: Step ")
                    .append(i)
                    .append(", owner: Ann, due: 2027-0")
                    .append(9 - i)
                    .append("-01}\n");
        }
        yaml.append("mission: {statement: \"")
                .append("Very long mission text. ".repeat(30))
                .append("\"}\n");
        var a = new io.keyplan.model.Account(
                "big",
                io.keyplan.testing.Records.plan(yaml.toString()),
                java.util.Map.of(),
                List.of(),
                List.of(),
                io.keyplan.model.SourceSpan.file("big"));
        var content = new io.keyplan.model.Content(
                java.nio.file.Path.of("content"), io.keyplan.model.Portal.of(null, 2026), List.of(a), List.of());
        Document d = Jsoup.parse(TestSite.render(content).text("accounts/big/one-page.html"));
        var players = d.select(".one-dmu li").eachText();
        assertEquals(OnePagePlan.MAX_PLAYERS, players.size());
        assertTrue(players.get(0).startsWith("Player 9"), "most influential first: " + players);
        assertTrue(d.selectFirst(".one-dmu .one-more").text().contains("3"));
        var actions = d.select(".one-actions tbody tr");
        assertEquals(OnePagePlan.MAX_ACTIONS, actions.size());
        assertTrue(actions.get(0).text().contains("Step 8"), "soonest first");
        assertTrue(d.selectFirst(".one-goal .one-statement").text().endsWith("…"));
        assertTrue(d.selectFirst(".one-foot").text().contains("the full plan has the rest"));
        // Paper shows no file name: the link to print.html is for the screen only (print.css hides it).
        assertFalse(d.select(".one-foot a").isEmpty());
        assertTrue(d.select(".one-foot a").stream().allMatch(link -> link.hasClass("screen-only")));
        assertFalse(d.selectFirst(".one-foot").text().contains("print.html"));
    }

    @Test
    void bookletHasCoverContentsMatrixAndOnePagePerActiveAccount() {
        Document d = page("portfolio/booklet.html");
        String cover = d.selectFirst(".booklet-cover").text();
        assertTrue(
                cover.contains("Portal") && cover.contains("Example Logistics BV") && cover.contains("23 Nov 2026"),
                cover);
        List<String> names = d.select("article.one-page .one-title").eachText();
        assertEquals(3, names.size(), "archived Old Co is left out: " + names);
        assertFalse(names.contains("Old Co"));
        var toc = d.select(".booklet-toc tbody tr");
        assertEquals(3, toc.size());
        // Cover 1, contents 2, matrix 3: the first account is on page 4.
        assertEquals(
                List.of("4", "5", "6"),
                toc.stream().map(r -> r.select("td").last().text()).toList());
        assertEquals("#acc-acme", toc.get(0).selectFirst("a").attr("href"));
        assertNotNull(d.selectFirst("#acc-acme"));
        assertNotNull(d.selectFirst(".booklet-matrix svg"), "portfolio matrix");
        assertEquals(
                "../accounts/acme/print.html",
                d.selectFirst("#acc-acme .one-foot a").attr("href"));
        assertTrue(d.select("nav, .site-header, form, button, script").isEmpty());
    }

    @Test
    void printedViewsAreLinkedAndScreenPagesGetThePrintStylesheet() throws java.io.IOException {
        Document account = page("accounts/acme/index.html");
        assertEquals(
                List.of("print.html", "one-page.html"),
                account.select(".print-links a").eachAttr("href"));
        assertEquals(
                "portfolio/booklet.html",
                page("index.html").selectFirst(".print-links a").attr("href"));
        Element css = account.selectFirst("link[href$=print.css]");
        assertEquals("print", css.attr("media"));
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("site-theme/assets/css/print.css"))
                .contains("thead { display: table-header-group; }"));
    }

    @Test
    void userTextIsEscapedOnPaperToo() {
        String html = SITE.text("accounts/evil/one-page.html") + SITE.text("accounts/evil/print.html");
        assertFalse(html.contains("<script>alert"), "no script from user text");
        assertFalse(html.contains("<svg onload"), "no markup from player names");
    }
}
