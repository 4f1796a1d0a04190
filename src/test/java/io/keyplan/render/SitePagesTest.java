package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The site-wide pages of issue 3 (spec 6 and 7) on a small hand-made portfolio. Build date 2026-11-23. */
class SitePagesTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)> Gamma & \"Co\"";

    private static final String ALPHA = """
            name: Alpha
            owner: Anna
            region: North
            stage: cooperative
            last_review: 2026-11-20
            selection_scores: {revenue_potential: 8, relationship_strength: 8}
            completeness: {swot: 0-20, why: 81-100}
            swot: {strengths: [Service], weaknesses: [Price]}
            business_review: {revenue: {2026: 1000}, net_contribution_pct: 10, customer_spend: 4000}
            actions:
              - {action: Alpha overdue, owner: Anna, due: 2026-11-01, section: swot}
              - {action: Alpha soon, owner: Anna, due: 2026-12-10}
              - {action: Alpha later, owner: Bert, due: 2027-06-01}
              - {action: Alpha undated}
              - {action: Alpha done, owner: Anna, due: 2026-01-01, status: done}
            """;
    private static final String BETA = """
            name: Beta
            owner: Bert
            region: South
            stage: basic
            selection_scores: {revenue_potential: 6}
            business_review: {revenue: {2026: 5000}}
            actions:
              - {action: Beta very late, owner: Bert, due: 2026-10-01}
            """;
    private static final String GAMMA = """
            name: 'NAME'
            owner: Carla
            last_review: 2026-10-01
            selection_scores: {revenue_potential: 8, relationship_strength: 8}
            business_review: {revenue: {2026: 2000}, net_contribution_pct: -2.5}
            key_players: [{name: 'NAME', attitude: critic, influence: high}]
            """.replace("NAME", HOSTILE.replace("'", "''"));
    private static final String DELTA = """
            name: Delta
            owner: Anna
            last_review: 2026-10-28
            """;
    private static final String OLD = """
            name: Old
            owner: Anna
            status: archived
            selection_scores: {revenue_potential: 10, relationship_strength: 10}
            """;

    static Content content(String portalYaml) {
        Portal portal = Portal.of(Records.fromYaml(PortalFile.class, portalYaml), 2026);
        List<Account> accounts = new ArrayList<>();
        for (String[] a : List.of(
                new String[] {"alpha", ALPHA},
                new String[] {"beta", BETA},
                new String[] {"gamma", GAMMA},
                new String[] {"delta", DELTA},
                new String[] {"old", OLD})) {
            accounts.add(new Account(a[0], Records.plan(a[1]), Map.of(), List.of(), List.of(), SourceSpan.file(a[0])));
        }
        return new Content(Path.of("content"), portal, accounts, List.of());
    }

    private static MemorySiteWriter site(String portalYaml) {
        return TestSite.render(content(portalYaml));
    }

    private static Document page(MemorySiteWriter out, String path) {
        return Jsoup.parse(out.text(path));
    }

    @Test
    void everyPageExistsAndItsLinksAreRelativeAndResolve() {
        MemorySiteWriter out = site("title: P");
        for (String path : List.of(
                "portfolio/index.html",
                "completeness/index.html",
                "actions/index.html",
                "reviews/index.html",
                "pages/how-to-read.html",
                "index.html",
                "accounts/alpha/index.html")) {
            Document d = page(out, path);
            for (Element e : d.select("a[href], link[href], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("#") || url.contains("data/portfolio.")) {
                    continue;
                }
                assertFalse(url.startsWith("/") || url.contains("://"), path + ": " + url);
                String target = URI.create("x:/" + path)
                        .resolve(url.replaceAll("#.*", ""))
                        .getPath()
                        .substring(1);
                // Theme assets are copied by the publish stage; they must exist in the theme.
                assertTrue(
                        out.files.containsKey(target)
                                || target.startsWith("assets/")
                                        && java.nio.file.Files.isRegularFile(
                                                java.nio.file.Path.of("site-theme", target)),
                        path + " links to missing " + url);
            }
        }
        Document home = page(out, "index.html");
        assertTrue(home.select(".site-nav a")
                .eachAttr("href")
                .containsAll(List.of(
                        "portfolio/index.html",
                        "completeness/index.html",
                        "actions/index.html",
                        "reviews/index.html")));
        assertEquals(
                "pages/how-to-read.html", home.selectFirst(".site-footer a").attr("href"));
        Document portfolio = page(out, "portfolio/index.html");
        assertEquals(
                List.of("../data/portfolio.json", "../data/portfolio.csv"),
                portfolio.select(".downloads a[download]").eachAttr("href"));
        // The publish stage copies these from the theme.
        assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of("site-theme/assets/js/sort.js"))
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of("site-theme/assets/css/pages.css")));
    }

    @Test
    void noSiteWidePagesWithoutTheirFlags() {
        MemorySiteWriter out = new MemorySiteWriter();
        Content c = content("title: P");
        new SiteRenderer(Theme.load(Path.of("site-theme")))
                .render(
                        c,
                        io.keyplan.analyse.PortfolioAnalyser.analyse(c, TestSite.BUILD_DATE),
                        new io.keyplan.site.BuildInfo(TestSite.BUILD_DATE, "t", io.keyplan.site.Audience.PUBLIC),
                        out);
        assertFalse(out.files.containsKey("portfolio/index.html"));
        assertFalse(out.files.containsKey("pages/how-to-read.html"));
        Document alpha = page(out, "accounts/alpha/index.html");
        assertTrue(alpha.select("#s-figures, .checklist").isEmpty(), "no computed figure in a build without them");
        assertTrue(page(out, "index.html").select(".card-figures .figure").isEmpty());
    }

    @Test
    void rankingOrderValuesAndNotAssessedApart() {
        Document d = page(site("title: P"), "portfolio/index.html");
        Elements rows = d.select("#ranking tbody tr");
        assertEquals(3, rows.size(), "archived and not-assessed accounts are not ranked");
        // gamma and alpha tie on 8 x 8 = 64: the higher revenue (gamma, 2000) comes first.
        assertEquals(
                List.of("1", "2", "3"),
                rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals(
                List.of(HOSTILE, "Alpha", "Beta"),
                rows.stream().map(r -> r.child(1).text()).toList());
        Element alpha = rows.get(1);
        assertEquals("../accounts/alpha/index.html", alpha.selectFirst("a").attr("href"));
        assertEquals(
                List.of("2", "Alpha", "Strategic", "8", "8", "€1,000", "25%"),
                alpha.children().subList(0, 7).stream().map(Element::text).toList());
        assertEquals("1000.0", alpha.child(5).attr("data-sort"), "numeric sort key");
        Element beta = rows.get(2);
        assertEquals("Star", beta.child(2).text(), "6 > 5.5 attractiveness, stage basic = position 4");
        assertTrue(
                beta.child(4).text().startsWith("4 *"),
                "derived position is marked: " + beta.child(4).text());
        assertEquals("—", beta.child(6).selectFirst("[aria-hidden]").text(), "no customer spend: none, not 0");
        assertEquals(
                "not available", beta.child(6).selectFirst(".visually-hidden").text());
        assertEquals("", beta.child(6).attr("data-sort"));
        assertEquals("ascending", d.selectFirst("#ranking thead th").attr("aria-sort"));
        assertEquals(
                11,
                d.select("#ranking thead th > button.sort-button[type=button]").size());

        Elements apart = d.select("#apart li");
        assertEquals(1, apart.size());
        assertTrue(apart.get(0).text().startsWith("Delta"), apart.text());
        assertTrue(apart.get(0).text().contains("no scores"), apart.text());
        assertTrue(d.select("#ranking").text().contains("Delta") == false);
        assertEquals("North", alpha.attr("data-region"), "rows carry the filter facets");
        assertTrue(d.select("#f-owner option").eachText().containsAll(List.of("Anna", "Bert", "Carla")));
    }

    @Test
    void chartsAreInlineSvgWithTitleAndDescription() {
        MemorySiteWriter out = site("title: P");
        Document p = page(out, "portfolio/index.html");
        for (String id : List.of("#matrix", "#pyramid", "#whale")) {
            Element svg = p.selectFirst(id + " svg.kp-chart");
            assertNotNull(svg, id);
            assertFalse(svg.selectFirst("title").text().isBlank(), id);
            assertFalse(svg.selectFirst("desc").text().isBlank(), id);
        }
        assertEquals(3, p.select("#matrix svg a").size(), "every bubble links to its account");
        assertEquals(
                "../accounts/alpha/index.html",
                p.select("#matrix svg a").stream()
                        .map(a -> a.hasAttr("href") ? a.attr("href") : a.attr("xlink:href"))
                        .filter(h -> h.contains("alpha"))
                        .findFirst()
                        .orElse(""));
        assertNotNull(p.selectFirst("#matrix .matrix-table"), "table beside the matrix");
        Document alpha = page(out, "accounts/alpha/index.html");
        assertNotNull(alpha.selectFirst("#s-business_review svg.kp-chart-revenue title"));
        Document gamma = page(out, "accounts/gamma/index.html");
        Element org = gamma.selectFirst("#s-key_players svg.kp-chart");
        assertNotNull(org, "organigram above the key players table");
        assertTrue(org.text().contains("Critic"), "attitude as a text label");
    }

    @Test
    void pyramidByProfitListsAccountsWithoutNetContributionApart() {
        Document d = page(site("title: P"), "portfolio/index.html");
        // spec 6.4: Beta has revenue but no net contribution: not placed, named under both charts
        assertEquals("Customer pyramid", d.selectFirst("#pyramid-title").text());
        assertEquals(List.of("Beta"), d.select("#pyramid #not-placed li").eachText());
        assertTrue(d.selectFirst("#pyramid #not-placed-title").text().startsWith("Not placed: no net contribution"));
        assertTrue(d.selectFirst("#whale .not-placed-note").text().contains("Beta"));
        assertFalse(d.select("#pyramid table").text().contains("Beta"), "not in any tier");
        assertTrue(d.select("#whale table").text().contains("Alpha"));
        assertFalse(d.select("#whale table").text().contains("Beta"), "not on the curve");
        assertFalse(d.text().contains("\u2020"), "no revenue stand-in marker any more");
        assertEquals("Share of profit", d.select("#pyramid thead th").get(2).text());
        assertTrue(
                page(site("title: P"), "accounts/beta/index.html")
                        .selectFirst(".figure-badges")
                        .text()
                        .contains("Tier not placed: no net contribution"),
                "the account page says why it has no tier");
        assertTrue(d.selectFirst("#pyramid svg title").text().equals("Customer pyramid"));
        assertTrue(d.selectFirst("#pyramid svg desc").text().contains("of profit"));
        assertTrue(d.selectFirst("#pyramid svg desc").text().contains("Platinum: 1 account,"), "singular for one");
    }

    @Test
    void portfolioCountsRelationshipRisksWithTheAccounts() {
        Document d = page(site("title: P"), "portfolio/index.html");
        // spec 6.5 "counted in the portfolio": the four accounts that are not archived have no sponsor;
        // only Gamma has a hostile influencer; Old (archived) is left out
        Element sponsor = d.selectFirst("#risk-counts tr[data-risk=no-sponsor]");
        assertEquals(
                "No executive sponsor on our side", sponsor.selectFirst("th").text());
        assertEquals("4", sponsor.selectFirst(".risk-count").text());
        assertEquals(
                List.of(HOSTILE, "Alpha", "Beta", "Delta"), // by name: "<" before letters
                sponsor.select(".risk-account a").eachText());
        Element hostile = d.selectFirst("#risk-counts tr[data-risk=hostile-influencer]");
        assertEquals("1", hostile.selectFirst(".risk-count").text());
        assertEquals(
                "../accounts/gamma/index.html#risks",
                hostile.selectFirst(".risk-account a").attr("href"));
        assertEquals(7, d.select("#risk-counts tbody tr").size(), "every risk, zeros included");
        assertEquals(
                "none",
                d.selectFirst("#risk-counts tr[data-risk=several-economic-buyers] td:last-child")
                        .text());
        assertFalse(d.select("#risk-counts").text().contains("Old"));
        assertEquals("North", sponsor.select(".risk-account").get(1).attr("data-region"), "Alpha's filter facets");
    }

    @Test
    void pyramidByRevenueSaysSoEverywhere() {
        MemorySiteWriter out = site("title: P\ntiers: {basis: revenue}");
        Document d = page(out, "portfolio/index.html");
        assertEquals(
                "Customer pyramid by revenue", d.selectFirst("#pyramid-title").text());
        assertEquals("Whale curve by revenue", d.selectFirst("#whale-title").text());
        assertEquals(
                "Customer pyramid by revenue",
                d.selectFirst("#pyramid svg title").text());
        assertEquals("Whale curve by revenue", d.selectFirst("#whale svg title").text());
        String svg = d.selectFirst("#whale svg").text();
        assertTrue(svg.contains("Revenue (cumulative % of total)"), svg);
        assertFalse(svg.contains("rofit"), "nothing on a revenue curve is called profit: " + svg);
        assertFalse(d.selectFirst("#pyramid svg").text().contains("rofit"));
        assertEquals("Share of revenue", d.select("#pyramid thead th").get(2).text());
        assertNull(d.selectFirst("#not-placed"), "by revenue every account with a revenue is placed");
        // by revenue: Beta 5000, Gamma 2000, Alpha 1000 -> Beta platinum (0 before), Gamma gold (62.5 %),
        // Alpha iron (87.5 %)
        assertEquals(
                List.of("Platinum Beta", "Gold " + HOSTILE, "Iron Alpha"),
                d.select("#pyramid tbody tr").stream()
                        .limit(3)
                        .map(r -> r.child(0).text() + " " + r.child(1).text())
                        .toList());
        Document howto = page(out, "pages/how-to-read.html");
        assertEquals("Revenue", howto.selectFirst("#set-basis").text());
        assertTrue(howto.selectFirst("#basis-actual").text().contains("rank by revenue"));
        assertEquals(
                "Customer pyramid by revenue",
                howto.selectFirst("#h-pyramid h2").text());
    }

    @Test
    void hostileNamesAreEscapedInSvgAndTables() {
        MemorySiteWriter out = site("title: P");
        for (String path : List.of(
                "portfolio/index.html",
                "completeness/index.html",
                "reviews/index.html",
                "accounts/gamma/index.html",
                "index.html")) {
            String html = out.text(path);
            Document d = Jsoup.parse(html);
            assertTrue(d.select("img, [onerror]").isEmpty(), path + " let markup through");
            assertFalse(html.contains("<img src=x"), path);
            assertTrue(d.text().contains(HOSTILE) || d.select("svg").text().contains(HOSTILE), path);
        }
        Document p = page(out, "portfolio/index.html");
        assertTrue(p.selectFirst("#matrix svg").text().contains(HOSTILE), "shown as text inside the SVG");
    }

    @Test
    void heatMapShowsSpecValuesAndMarksMismatches() {
        Document d = page(site("title: P"), "completeness/index.html");
        Element alpha = d.selectFirst("#heatmap tbody tr:has(a[href=../accounts/alpha/index.html])");
        Element swot = alpha.selectFirst("td[data-section=swot]");
        assertEquals("50 %", swot.selectFirst(".heat-pct").text(), "2 of 4 checks");
        assertEquals("41-60", swot.selectFirst(".heat-band").text());
        assertEquals("self: 0-20", swot.selectFirst(".heat-self").text());
        assertTrue(swot.hasClass("is-mismatch"));
        assertTrue(
                swot.selectFirst(".mismatch-mark").text().contains("More than one band away"), "marked in words too");
        Element why = alpha.selectFirst("td[data-section=why]");
        assertEquals("0 %", why.selectFirst(".heat-pct").text());
        assertTrue(why.hasClass("is-mismatch"), "81-100 against 0-20");
        Element mission = alpha.selectFirst("td[data-section=mission]");
        assertFalse(mission.hasClass("is-mismatch"));
        assertNull(mission.selectFirst(".heat-self"), "no self-assessment given");
        assertEquals(16, alpha.select("td[data-section]").size());
        assertEquals(4, d.select("#heatmap tbody tr").size(), "archived accounts are left out");
        assertEquals(18, d.select("#heatmap tfoot tr > *").size(), "label, sixteen averages, plan average");
        String warnings = d.select("#warnings li").text();
        assertTrue(warnings.contains("Alpha overdue"), warnings);
        assertTrue(warnings.contains("Strengths and weaknesses is self-assessed as 0-20 %"), warnings);
        assertTrue(warnings.contains("never been reviewed"), warnings);
    }

    /**
     * Issue 13 made the page one table (it was a table per group and owner): overdue first, most days
     * overdue first; then due within the horizon; then later or undated; owners and accounts to filter by.
     */
    @Test
    void actionsAreOneTableOverdueFirstByDaysOverdueThenWithinHorizonThenLater() {
        Document d = page(site("title: P"), "actions/index.html");
        assertEquals(1, d.select("main table").size(), "one table");
        var rows = d.select("#actions tbody tr");
        assertEquals(
                List.of("Beta very late", "Alpha overdue", "Alpha soon", "Alpha later", "Alpha undated"),
                rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals(
                List.of("when-overdue", "when-overdue", "when-soon", "when-later", "when-later"),
                rows.stream().map(r -> r.className().split(" ")[0]).toList());
        Element first = rows.get(0);
        assertEquals("Overdue", first.child(1).text());
        assertEquals("Bert", first.child(3).text());
        assertEquals("1 Oct 2026", first.child(5).text());
        assertEquals("53 days late", first.child(6).text());
        assertEquals("53", first.child(6).attr("data-sort"), "sorts by the number of days");
        Element alpha = rows.get(1);
        assertEquals("Strengths and weaknesses", alpha.child(4).text(), "translated section title");
        assertEquals("1 Nov 2026", alpha.child(5).text());
        assertEquals("2026-11-01", alpha.child(5).attr("data-sort"), "sorts by the date");
        assertEquals("22 days late", alpha.child(6).text());
        assertEquals(
                "../accounts/alpha/index.html", alpha.child(2).selectFirst("a").attr("href"));
        assertEquals("Alpha", alpha.attr("data-account"));
        assertEquals("Anna", alpha.attr("data-owner"));
        assertEquals("Without owner", rows.get(4).child(3).text());
        assertEquals("", rows.get(4).child(5).attr("data-sort"), "no date sorts last");
        assertEquals(List.of("", "Anna", "Bert"), d.select("#f-owner option").eachAttr("value"));
        assertEquals(List.of("", "Alpha", "Beta"), d.select("#f-account option").eachAttr("value"));
        assertEquals(
                "ascending",
                d.selectFirst("#actions thead th:eq(1)").attr("aria-sort"),
                "the default order is the spec's, in the When column");
        assertEquals(
                "Overdue: 2 Due within 90 days: 1 Later or without a date: 2",
                d.selectFirst(".action-counts").text());
        assertFalse(d.text().contains("Alpha done"), "closed actions are not listed");
    }

    @Test
    void reviewsAreGroupedByState() {
        Document d = page(site("title: P"), "reviews/index.html");
        assertEquals(
                List.of("state-never-reviewed", "state-stale", "state-due-soon", "state-fine"),
                d.select("section.review-group").eachAttr("id"));
        assertEquals(List.of("Beta"), d.select("#state-never-reviewed tbody th").eachText());
        assertEquals(List.of(HOSTILE), d.select("#state-stale tbody th").eachText());
        assertEquals(List.of("Delta"), d.select("#state-due-soon tbody th").eachText());
        assertEquals(List.of("Alpha"), d.select("#state-fine tbody th").eachText());
        Element alpha = d.selectFirst("#state-fine tbody tr");
        assertEquals("20 Nov 2026", alpha.child(2).text());
        assertEquals("20 Dec 2026", alpha.child(4).text(), "last review + 30 days");
    }

    @Test
    void howToReadShowsThePortalsOwnSettings() {
        Document d = page(
                site("title: P\nselection: {threshold: 6.25}\nreview: {cadence_days: 45, horizon_days: 120}"
                        + "\ntiers: {platinum: 40, gold: 70}"),
                "pages/how-to-read.html");
        assertEquals("6.25", d.selectFirst("#set-threshold").text());
        assertEquals("45 days", d.selectFirst("#set-cadence").text());
        assertEquals("120 days", d.selectFirst("#set-horizon").text());
        assertEquals("40%", d.selectFirst("#set-platinum").text());
        assertEquals("Profit", d.selectFirst("#set-basis").text(), "the default basis (spec 6.4)");
        assertTrue(d.selectFirst("#basis-actual").text().contains("rank by profit"));
        assertTrue(d.selectFirst("#h-pyramid").text().contains("not placed: no net contribution"));
        assertTrue(d.text().contains("In this portal an axis is high above 6.25."));
        assertTrue(d.text().contains("stale after 45 days and red after 90 days"));
        assertTrue(d.select("table.criteria tbody tr").eachText().contains("Revenue potential revenue_potential 30"));
        assertTrue(d.text().contains("CAGR"), "the analysis's how-to texts are used");
    }

    @Test
    void accountPageShowsFiguresChecklistAndRisks() {
        MemorySiteWriter out = site("title: P");
        Document alpha = page(out, "accounts/alpha/index.html");
        String badges = alpha.selectFirst(".figure-badges").text();
        assertTrue(
                badges.contains("Quadrant Strategic")
                        && badges.contains("Rank 2")
                        && badges.contains("Tier Platinum")
                        && badges.contains("Completeness 12%"),
                badges);
        // (50 + 75 + 66.7) / 16 = 12 % < 30 %, so red (spec 6.6); in words, not colour alone.
        assertEquals("Red", alpha.selectFirst(".figure-badges .health").text());
        Element swot = alpha.selectFirst("#s-swot .checklist");
        assertTrue(swot.selectFirst(".checklist-summary").text().startsWith("50 % · 41-60"), swot.text());
        assertTrue(swot.selectFirst(".self-band").text().endsWith("0-20"));
        assertEquals(
                "What is missing: Opportunities; Threats",
                swot.selectFirst(".missing").text());
        assertEquals(4, swot.select(".checks li").size());
        Document gamma = page(out, "accounts/gamma/index.html");
        String risks = gamma.select("#risks li").text();
        assertTrue(risks.contains("An influential player is critical of us or opposes us: " + HOSTILE), risks);
        assertTrue(risks.contains("No economic buyer known"), risks);
    }

    @Test
    void homeCardsShowQuadrantTierHealthAndCanSortByRank() {
        Document d = page(site("title: P"), "index.html");
        Element alpha = d.selectFirst("li.card[data-name=Alpha]");
        assertEquals("2", alpha.attr("data-rank"));
        String figures = alpha.selectFirst(".card-figures").text();
        // Beta has no net contribution, so no profit: it is not placed (spec 6.4 as revised), and Alpha,
        // the only account with a profit, is platinum. (Before, Beta's revenue counted as profit: Alpha was iron.)
        assertEquals(
                List.of("Quadrant Strategic", "Tier Platinum", "Plan health Red", "Rank 2"),
                alpha.select(".card-figures .figure").eachText(),
                figures);
        assertFalse(d.selectFirst("li.card[data-name=Delta]").hasAttr("data-rank"));
        assertEquals(List.of("name", "rank"), d.select("#card-sort option").eachAttr("value"));
    }

    @Test
    void pagesLabelsExistInEveryLanguage() throws Exception {
        List<java.util.Set<Object>> keys = new ArrayList<>();
        for (String lang : List.of("en", "nl", "de")) {
            java.util.Properties p = new java.util.Properties();
            try (var r = java.nio.file.Files.newBufferedReader(
                    Path.of("site-theme/i18n", lang, "pages.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            }
            assertFalse(p.isEmpty(), lang);
            keys.add(p.keySet());
        }
        assertEquals(keys.get(0), keys.get(1), "nl");
        assertEquals(keys.get(0), keys.get(2), "de");
        Document nl = page(site("title: P\nlanguage: nl"), "actions/index.html");
        // The page is one table since issue 13; the group names are in the counts above it and in each row.
        assertEquals(
                "Over tijd: 2", nl.selectFirst(".action-counts .count-overdue").text());
        assertEquals("Over tijd", nl.selectFirst("#actions tbody tr .when").text());
    }
}
