package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.history.Change;
import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Language;
import io.keyplan.model.SectionId;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.HistoryFixture;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the pages show of the content's git history (issue 14), from {@link TestSite#history()}: build
 * date 2026-11-23, Acme last reviewed 2026-10-01.
 */
class HistoryPagesTest {
    private static final BuildInfo INTERNAL = new BuildInfo(TestSite.BUILD_DATE, "1.2.3");
    private static final MemorySiteWriter SITE = TestSite.render(TestSite.content(""), INTERNAL, TestSite.history());

    private static Document page(MemorySiteWriter out, String path) {
        return Jsoup.parse(out.text(path));
    }

    @Test
    void withoutHistoryEveryPageIsByteForByteTheSiteWithoutIt() {
        Content content = TestSite.content("");
        MemorySiteWriter plain = TestSite.render(content, INTERNAL);
        MemorySiteWriter none = TestSite.render(content, INTERNAL, History.none());
        assertEquals(plain.files.keySet(), none.files.keySet());
        plain.files.forEach((path, bytes) -> assertArrayEquals(bytes, none.files.get(path), path));
        assertFalse(none.files.containsKey("changes/index.html"));
        assertFalse(none.files.containsKey("accounts/acme/history.html"));
        String home = none.text("index.html");
        assertFalse(home.contains("changes/index.html"));
        assertFalse(home.contains("Updated"));
        assertFalse(none.text("accounts/acme/index.html").contains("history-block"));
        String completeness = none.text("completeness/index.html");
        assertFalse(completeness.contains("stale-mark")
                || completeness.contains("heat-age")
                || completeness.contains("trend"));
    }

    @Test
    void theAccountPageListsExactlyTheSectionsChangedAfterTheReview() {
        Document acme = page(SITE, "accounts/acme/index.html");
        Element block = acme.selectFirst("section.history-block");
        assertNotNull(block);
        List<String> links = block.select("ul.history-list a").stream()
                .map(a -> a.attr("href"))
                .toList();
        // Team not yet committed first, then newest first; mission (changed on the review's day) is not listed.
        assertEquals(List.of("#s-team", "#s-actions", "#s-swot", "#s-opportunities", "#s-investments"), links);
        for (String href : links) {
            assertNotNull(acme.getElementById(href.substring(1)), href + " is a section of the page");
        }
        List<Element> items = block.select("ul.history-list > li");
        assertTrue(
                items.get(0).text().contains("not yet committed"), items.get(0).text());
        assertTrue(items.get(1).text().contains("23 Nov 2026"), items.get(1).text());
        assertTrue(items.get(1).text().contains("by Maria Jansen"), items.get(1).text());
        assertTrue(block.text().contains("Sections changed after the review of 1 Oct 2026"), block.text());
        assertTrue(block.text().contains("Last changed: not yet committed"), block.text());
        assertEquals(
                "../../accounts/acme/history.html",
                block.selectFirst("a[href$=history.html]").attr("href"));

        Document evil = page(SITE, "accounts/evil/index.html");
        Element evilBlock = evil.selectFirst("section.history-block");
        assertTrue(
                evilBlock.text().contains("Last changed: 20 Nov 2026 (3 days ago) by <b>Mallory</b>"),
                evilBlock.text());
        assertTrue(evilBlock.text().contains("never reviewed"), evilBlock.text());
        assertFalse(SITE.text("accounts/evil/index.html").contains("<b>Mallory"), "the author is escaped");
    }

    @Test
    void aPlanWithNothingChangedSinceItsReviewListsNothing() {
        Content content = TestSite.content("");
        History h = HistoryFixture.builder()
                .commit("acme", "x1", "2026-09-01", "Jan", "before the review", 50.0, SectionId.SWOT)
                .build();
        Element block = page(TestSite.render(content, INTERNAL, h), "accounts/acme/index.html")
                .selectFirst("section.history-block");
        assertTrue(block.select("ul.history-list").isEmpty());
        assertFalse(block.text().contains("review"), "nothing said when nothing changed: " + block.text());
        assertTrue(block.text().contains("Last changed: 1 Sept 2026 (83 days ago) by Jan"), block.text());
    }

    @Test
    void theHistoryPageWritesDatesAndFiguresInThePortalsLanguageInBothTables() {
        MemorySiteWriter de = TestSite.render(TestSite.content("language: de"), INTERNAL, TestSite.history());
        Document d = page(de, "accounts/acme/history.html");
        Formats f = new Formats(Language.DE, "EUR");
        String percent = f.percent(55.0, 1);
        assertTrue(percent.startsWith("55") && percent.endsWith("%") && !percent.contains(" "), percent);
        Element swot = d.select("table.history-table tbody tr").get(1);
        assertEquals("24.10.2026", swot.selectFirst("td").text());
        // wholeText: text() would turn the no-break space into a plain one.
        assertEquals(percent, swot.select("td").last().wholeText());
        List<Element> points = d.select("details table tbody tr");
        Element last = points.get(points.size() - 2);
        assertEquals("24.10.2026", last.selectFirst("td").text());
        assertEquals(percent, last.select("td").last().wholeText());
        // The row's texts are those of the filters the template used to apply.
        Account acme = TestSite.content("language: de").accounts().get(0);
        RenderContext rc =
                new RenderContext(Theme.load(Path.of("site-theme")).messages(Language.DE), f, new Markdown(), false);
        @SuppressWarnings("unchecked")
        List<HistoryPages.CommitRow> rows = (List<HistoryPages.CommitRow>)
                HistoryPages.historyPage(acme, TestSite.history().of("acme"), TestSite.BUILD_DATE, rc)
                        .get("commits");
        for (HistoryPages.CommitRow r : rows) {
            assertEquals(f.date(r.date()), r.shownDate());
            assertEquals(r.completeness() == null ? null : f.percent(r.completeness(), 1), r.shownCompleteness());
        }
        assertNull(rows.get(0).shownCompleteness(), "the plan could not be read after the newest commit");
    }

    @Test
    void theHistoryPageListsTheCommitsNewestFirstWithTheirSectionsAndCompleteness() {
        Document d = page(SITE, "accounts/acme/history.html");
        List<Element> rows = d.select("table.history-table tbody tr");
        assertEquals(
                List.of(
                        "a000009", "a000008", "a000007", "a000006", "a000005", "a000004", "a000003", "a000002",
                        "a000001"),
                rows.stream().map(r -> r.selectFirst(".history-id").text()).toList());
        assertEquals(
                List.of("the plan could not be read", "55%", "50%", "45%", "42%", "40%", "38%", "35%", "30%"),
                rows.stream().map(r -> r.select("td").last().text()).toList());
        Element swot = rows.get(1);
        assertEquals("24 Oct 2026", swot.selectFirst("td").text());
        assertEquals("Jan de Vries", swot.select("td").get(1).text());
        assertEquals(
                List.of("../../accounts/acme/index.html#s-swot", "../../accounts/acme/index.html#s-opportunities"),
                swot.select("td ul.sec-links a").stream()
                        .map(a -> a.attr("href"))
                        .toList());
        assertTrue(rows.get(5).text().contains("no section (layout, notes or files)"));

        // The chart and its table alternative, oldest first.
        Element svg = d.selectFirst("figure.trend-chart svg");
        assertEquals("img", svg.attr("role"));
        assertEquals(8, svg.select("circle.kp-trend-point").size(), "one marker per commit with a figure");
        assertEquals(
                "9 changes: completeness went from 30% on 1 Jun 2025 to 55% on 24 Oct 2026.",
                svg.selectFirst("desc").text());
        List<String> table = d.select("details table tbody tr").stream()
                .map(r -> r.select("td").last().text())
                .toList();
        assertEquals(
                List.of("30%", "35%", "38%", "40%", "42%", "45%", "50%", "55%", "the plan could not be read"), table);
        assertTrue(d.text().contains("History of Acme Logistics"));
    }

    @Test
    void theChangesPageListsTheLast30And90DaysByAccountAndSection() {
        Document d = page(SITE, "changes/index.html");
        Element w30 = d.getElementById("last-30");
        Element w90 = d.getElementById("last-90");
        assertEquals("The last 30 days", w30.selectFirst("h2").text());
        assertEquals(List.of("<script>alert(1)</script> Evil", "Acme Logistics"), accounts(w30));
        assertEquals(List.of("#s-team", "#s-actions", "#s-swot", "#s-opportunities"), sectionAnchors(w30, "acme"));
        assertEquals(
                List.of(
                        "#s-team",
                        "#s-actions",
                        "#s-swot",
                        "#s-opportunities",
                        "#s-investments",
                        "#s-mission",
                        "#s-forecast"),
                sectionAnchors(w90, "acme"));
        assertEquals(List.of("Blank Corp"), w30.select("ul.quiet-list a").eachText(), "archived Old Co is not missed");
        assertTrue(w30.text().contains("2 plans changed since 24 Oct 2026."), w30.text());
        Element acme30 = row(w30, "acme");
        assertEquals("2", acme30.select("td").get(1).text(), "two commits in 30 days");
        assertEquals("Maria Jansen, Jan de Vries", acme30.select("td").get(2).text());
        assertEquals("5", row(w90, "acme").select("td").get(1).text());
        assertEquals(
                "../accounts/acme/history.html", acme30.select("th a").get(1).attr("href"));
        // In the navigation of every internal page.
        assertEquals(
                "changes/index.html",
                page(SITE, "index.html")
                        .selectFirst("nav.site-nav a[href$=changes/index.html]")
                        .attr("href"));
        assertEquals(
                "page",
                d.selectFirst("nav.site-nav a[href$=changes/index.html]").attr("aria-current"));
    }

    private static List<String> accounts(Element window) {
        return window.select("tbody th a:first-child").eachText();
    }

    private static Element row(Element window, String slug) {
        return window.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th a").attr("href").equals("../accounts/" + slug + "/index.html"))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> sectionAnchors(Element window, String slug) {
        return row(window, slug).select("ul.sec-links a").stream()
                .map(a -> a.attr("href").replace("../accounts/" + slug + "/index.html", ""))
                .toList();
    }

    @Test
    void theCompletenessPageMarksSectionsUnchangedForMoreThan365DaysAsStale() {
        Document d = page(SITE, "completeness/index.html");
        Element acme = d.select("#heatmap tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Acme Logistics"))
                .findFirst()
                .orElseThrow();
        Element competition = acme.selectFirst("td[data-section=competition]");
        Element ambition = acme.selectFirst("td[data-section=ambition]");
        assertEquals(
                "changed 366 days ago", competition.selectFirst(".heat-age").text());
        assertEquals("stale", competition.selectFirst(".stale-mark").text(), "a word, not colour alone");
        assertEquals("changed 365 days ago", ambition.selectFirst(".heat-age").text());
        assertNull(ambition.selectFirst(".stale-mark"));
        assertEquals(
                "not yet committed",
                acme.selectFirst("td[data-section=team] .heat-age").text());
        assertEquals(
                "changed today",
                acme.selectFirst("td[data-section=actions] .heat-age").text());
        assertNull(acme.selectFirst("td[data-section=why] .heat-age"), "never changed: no age");
        assertTrue(d.text().contains("stale: unchanged for more than 365 days"));
    }

    @Test
    void theCompletenessPageHasATrendArrowPerAccountWithATextAlternative() {
        Content content = TestSite.content("");
        double now = PortfolioAnalyser.analyse(content, TestSite.BUILD_DATE)
                .account("acme")
                .completeness()
                .percent();
        long diff = Math.round(now) - 40;
        Document d = page(SITE, "completeness/index.html");
        Element acme = d.select("#heatmap tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Acme Logistics"))
                .findFirst()
                .orElseThrow();
        Element trend = acme.selectFirst(".trend");
        String direction = diff > 0 ? "up" : diff < 0 ? "down" : "flat";
        assertTrue(trend.hasClass("trend-" + direction), trend.outerHtml());
        assertEquals(
                diff > 0 ? "\u2191" : diff < 0 ? "\u2193" : "\u2192",
                trend.selectFirst(".trend-arrow").text());
        assertEquals("true", trend.selectFirst(".trend-arrow").attr("aria-hidden"));
        String words = trend.selectFirst(".visually-hidden").text();
        assertTrue(
                words.contains(direction.equals("flat") ? "unchanged at" : direction + " from 40% 90 days ago"), words);
        assertEquals(trend.attr("title"), words.substring(1, words.length() - 1));
        // Evil's first commit is three days old: no figure from 90 days ago.
        Element evil = d.select("#heatmap tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().contains("Evil"))
                .findFirst()
                .orElseThrow();
        assertNull(evil.selectFirst(".trend"));
        assertEquals(
                "no figure from 90 days ago",
                evil.selectFirst(".trend-cell .visually-hidden").text());
        assertEquals("Trend (90 days)", d.select("#heatmap thead th").last().text());
    }

    @Test
    void homeCardsSayWhenThePlanWasUpdated() {
        Document home = page(SITE, "index.html");
        assertEquals("not yet committed", updated(home, "acme"));
        assertEquals("3 days ago", updated(home, "evil"));
        assertNull(updated(home, "blank"), "git never saw it: nothing said");
    }

    private static String updated(Document home, String slug) {
        Element card = home.getElementById("card-" + slug).closest("article");
        for (Element div : card.select("dl.card-facts > div")) {
            if (div.selectFirst("dt").text().matches("Updated|Bijgewerkt|Aktualisiert")) {
                return div.selectFirst("dd").text();
            }
        }
        return null;
    }

    @Test
    void daysAgoHasTheRightPluralInEnglishDutchAndGerman() {
        Map<Language, List<String>> expected = Map.of(
                Language.EN, List.of("today", "1 day ago", "2 days ago", "1,000 days ago", "not yet committed"),
                Language.NL,
                        List.of(
                                "vandaag",
                                "1 dag geleden",
                                "2 dagen geleden",
                                "1.000 dagen geleden",
                                "nog niet vastgelegd"),
                Language.DE,
                        List.of("heute", "vor 1 Tag", "vor 2 Tagen", "vor 1.000 Tagen", "noch nicht festgeschrieben"));
        Theme theme = Theme.load(Path.of("site-theme"));
        for (Map.Entry<Language, List<String>> e : expected.entrySet()) {
            RenderContext rc = new RenderContext(
                    theme.messages(e.getKey()), new Formats(e.getKey(), "EUR"), new Markdown(), false);
            List<String> got = List.of(
                    HistoryPages.ago(Change.committed(TestSite.BUILD_DATE, "a"), TestSite.BUILD_DATE, rc),
                    HistoryPages.ago(Change.committed(TestSite.BUILD_DATE.minusDays(1), "a"), TestSite.BUILD_DATE, rc),
                    HistoryPages.ago(Change.committed(TestSite.BUILD_DATE.minusDays(2), "a"), TestSite.BUILD_DATE, rc),
                    HistoryPages.ago(
                            Change.committed(TestSite.BUILD_DATE.minusDays(1000), "a"), TestSite.BUILD_DATE, rc),
                    HistoryPages.ago(Change.uncommitted(), TestSite.BUILD_DATE, rc));
            assertEquals(e.getValue(), got, e.getKey().code());
        }
        // And on the page, in Dutch.
        Document nl =
                page(TestSite.render(TestSite.content("language: nl"), INTERNAL, TestSite.history()), "index.html");
        assertEquals("3 dagen geleden", updated(nl, "evil"));
    }

    @Test
    void theHistoryTextsAreInAllThreeLanguagesWithTheSameKeys() throws java.io.IOException {
        List<java.util.Set<Object>> keys = new java.util.ArrayList<>();
        for (String lang : List.of("en", "nl", "de")) {
            java.util.Properties p = new java.util.Properties();
            try (var r = java.nio.file.Files.newBufferedReader(
                    Path.of("site-theme/i18n", lang, "history.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            }
            assertFalse(p.isEmpty(), lang);
            keys.add(p.keySet());
        }
        assertEquals(keys.get(0), keys.get(1), "nl");
        assertEquals(keys.get(0), keys.get(2), "de");
        // No key shows as itself on the pages (a missing text shows its key).
        for (String path : List.of(
                "index.html",
                "accounts/acme/index.html",
                "accounts/acme/history.html",
                "changes/index.html",
                "completeness/index.html")) {
            String text = page(SITE, path).text();
            assertFalse(text.matches("(?s).*\\b(history|changes|completeness)\\.[a-z]+.*"), path + ": " + text);
        }
    }

    @Test
    void aShallowCloneIsSaidOnTheHistoryAndChangesPages() {
        Content content = TestSite.content("");
        History shallow = HistoryFixture.builder()
                .commit("acme", "s1", "2026-11-20", "Jan", "one", 50.0, SectionId.SWOT)
                .shallow()
                .build();
        MemorySiteWriter out = TestSite.render(content, INTERNAL, shallow);
        for (String path : List.of("accounts/acme/history.html", "changes/index.html")) {
            assertTrue(page(out, path).selectFirst(".alert-warning").text().contains("shallow copy"), path);
        }
        assertNull(page(SITE, "changes/index.html").selectFirst(".alert-warning"), "a complete history says nothing");
    }

    @Test
    void whatGitSaysIsEscapedLikeEveryOtherText() {
        String history = SITE.text("accounts/evil/history.html");
        assertFalse(history.contains("<script>alert(1)</script> "), "subject");
        assertFalse(history.contains("<b>Mallory"), "author");
        Element row = page(SITE, "accounts/evil/history.html").selectFirst("table.history-table tbody tr");
        assertTrue(row.text().contains("<script>alert(1)</script>"), row.text());
        assertTrue(row.text().contains("<b>Mallory</b>"), row.text());
    }

    @Test
    void thePluralLookupPicksOneOnlyForOne() {
        Messages m = new Messages(Map.of("x.one", "{0} plan of {1}", "x.other", "{0} plans of {1}"));
        assertEquals("1 plan of Acme", m.plural("x", 1, "1", "Acme"));
        assertEquals("0 plans of Acme", m.plural("x", 0, "0", "Acme"));
        assertEquals("2 plans of Acme", m.plural("x", 2, "2", "Acme"));
    }

    @Test
    void aPublicSiteShowsDatesOfThePublicSectionsOnlyAndNoAuthorsOrHistoryPages() {
        Content internal = TestSite.content("");
        Account acme = internal.accounts().get(0);
        Account publicAcme = new Account(
                acme.slug(),
                Records.plan(TestSite.ACME + "visibility: public\n"),
                acme.narratives(),
                acme.notes(),
                acme.attachments(),
                acme.source());
        Content content = new Content(internal.root(), internal.portal(), List.of(publicAcme), internal.pages());
        Content shown = Audience.PUBLIC.released(content, new Diagnostics());
        History history = HistoryFixture.builder()
                .commit("acme", "p1", "2026-10-20", "Anna Smit", "Mission", 40.0, SectionId.MISSION)
                .commit("acme", "p2", "2026-11-20", "Anna Smit", "SWOT", 45.0, SectionId.SWOT)
                .build();
        MemorySiteWriter out =
                TestSite.render(shown, new BuildInfo(TestSite.BUILD_DATE, "1.2.3", Audience.PUBLIC), history);
        assertFalse(out.files.containsKey("accounts/acme/history.html"));
        assertFalse(out.files.containsKey("changes/index.html"));
        out.files.forEach((path, bytes) -> {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("Anna Smit"), path);
            assertFalse(text.contains("history.html"), path);
            assertFalse(text.contains("changes/index.html"), path);
        });
        Element block = page(out, "accounts/acme/index.html").selectFirst("section.history-block");
        // SWOT is not public: its later change leaves no trace, not even in "last changed".
        assertEquals(List.of("#s-mission"), block.select("ul.history-list a").eachAttr("href"));
        assertTrue(block.text().contains("Last changed: 20 Oct 2026 (34 days ago)"), block.text());
        assertFalse(block.text().contains(" by "), block.text());
        assertEquals("34 days ago", updated(page(out, "index.html"), "acme"));

        // Only an internal section changed: the public sees no block and no date at all.
        History internalOnly = HistoryFixture.builder()
                .commit("acme", "p3", "2026-11-20", "Anna Smit", "SWOT", 45.0, SectionId.SWOT)
                .build();
        MemorySiteWriter quiet =
                TestSite.render(shown, new BuildInfo(TestSite.BUILD_DATE, "1.2.3", Audience.PUBLIC), internalOnly);
        assertNull(page(quiet, "accounts/acme/index.html").selectFirst("section.history-block"));
        assertNull(updated(page(quiet, "index.html"), "acme"));
    }
}
