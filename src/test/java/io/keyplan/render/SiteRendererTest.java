package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteRendererTest {
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

    private static Document page(MemorySiteWriter out, String path) {
        return Jsoup.parse(out.text(path));
    }

    private static List<String> sectionTitles(Document d) {
        List<String> titles = new ArrayList<>();
        for (Element h : d.select("section.plan-section:not(.plan-extra) > h2")) {
            titles.add(h.text());
        }
        return titles;
    }

    @Test
    void everyAccountPageHasAllSixteenSectionsInOrder() {
        MemorySiteWriter out = TestSite.render(TestSite.content("title: Portal"));
        for (String slug : List.of("acme", "blank", "evil", "oldco")) {
            List<String> titles = sectionTitles(page(out, "accounts/" + slug + "/index.html"));
            assertEquals(16, titles.size(), slug);
            for (int i = 0; i < 16; i++) {
                assertEquals(i + " " + EN_TITLES.get(i), titles.get(i), slug);
            }
        }
    }

    @Test
    void emptySectionsAreShownAsEmpty() {
        MemorySiteWriter out = TestSite.render(TestSite.content(""));
        Document blank = page(out, "accounts/blank/index.html");
        assertEquals(
                16,
                blank.select("section.plan-section.is-empty:not(.plan-extra)").size());
        assertEquals(
                "Nothing written yet.",
                blank.selectFirst("#s-mission .empty-note").text());
        Document acme = page(out, "accounts/acme/index.html");
        assertFalse(acme.selectFirst("#s-swot").hasClass("is-empty"));
        assertTrue(acme.selectFirst("#s-mission").hasClass("is-empty"), "acme has no mission");
        assertTrue(acme.selectFirst("#s-swot .narrative strong").text().contains("strong"));
    }

    @Test
    void overdueActionsAreMarkedInWords() {
        Document acme = page(TestSite.render(TestSite.content("")), "accounts/acme/index.html");
        var rows = acme.select("#s-actions tbody tr");
        assertEquals(3, rows.size());
        // The action plan is in due-date order (issue 13): the done action of January comes first.
        assertEquals(
                List.of("Old thing", "Call the CFO", "Send the proposal"),
                rows.stream().map(r -> r.child(0).text()).toList());
        assertTrue(rows.get(1).hasClass("row-overdue"));
        assertEquals("Overdue", rows.get(1).selectFirst(".flag-overdue").text());
        assertTrue(rows.get(2).select(".flag-overdue").isEmpty(), "due after the build date");
        assertTrue(rows.get(0).select(".flag-overdue").isEmpty(), "done is never overdue");
        assertTrue(acme.selectFirst("#s-actions .alert").text().startsWith("1 open action"));
    }

    @Test
    void accountPageShowsHeaderTablesAndTranslatedEnums() {
        Document acme = page(TestSite.render(TestSite.content("")), "accounts/acme/index.html");
        assertEquals("Acme Logistics", acme.selectFirst("h1").text());
        String header = acme.selectFirst(".account-header").text();
        assertTrue(
                header.contains("Jan de Vries")
                        && header.contains("Eva Bakker")
                        && header.contains("Cooperative")
                        && header.contains("At risk")
                        && header.contains("1 Oct 2026")
                        && header.contains("2015"),
                header);
        var player = acme.select("#s-key_players tbody tr").get(0).select("th, td");
        assertEquals(
                List.of(
                        "Maria Jansen",
                        "CFO",
                        "Finance",
                        "Economic buyer",
                        "High",
                        "Supporter",
                        "Growth",
                        "Yes",
                        "Jan de Vries",
                        ""),
                player.stream().map(Element::text).toList());
        assertEquals(
                "Maria Jansen",
                acme.select("#s-key_players tbody tr")
                        .get(1)
                        .select("td")
                        .last()
                        .text());
        assertEquals(
                "€1,234,567",
                acme.select("#s-business_review .total-row td").get(1).text());
        assertEquals(4, acme.select(".swot .swot-cell").size());
        assertEquals(9, acme.select(".bmc .bmc-block").size());
        Element cell = acme.selectFirst(".cross-sell td.cell-opportunity");
        assertTrue(cell.text().contains("Opportunity") && cell.text().contains("€250,000"), cell.text());
        assertEquals(
                "Competitor supplies it",
                acme.selectFirst(".cross-sell td.cell-competitor .cell-status").text());
        assertEquals("Strategic partner", acme.select(".position-value").get(1).text());
        assertEquals(
                "notes/visit.html", acme.selectFirst("#s-notes .link-list a").attr("href"));
        assertEquals(
                "notes/visit.html",
                acme.selectFirst("#s-swot .narrative a").attr("href"),
                ".md links point at the page");
    }

    @Test
    void homePageHasOneCardPerAccountAndArchivedApart() {
        Document index =
                page(TestSite.render(TestSite.content("title: KAM Portal\norganisation: Example BV")), "index.html");
        assertEquals(3, index.select("#cards > li.card").size());
        assertEquals(1, index.select(".cards-archived > li.card").size());
        Element acme = index.selectFirst("li.card[data-owner='Jan de Vries']");
        assertEquals(
                "Largest logistics customer in the Benelux.",
                acme.selectFirst(".card-why").text());
        assertEquals("Benelux", acme.attr("data-region"));
        assertEquals("Transport", acme.attr("data-unit"));
        assertEquals("accounts/acme/index.html", acme.selectFirst("h3 a").attr("href"));
        assertTrue(index.select("#f-region option").eachText().contains("Benelux"));
        assertTrue(index.selectFirst("#filters").hasAttr("hidden"), "filters appear only with JavaScript");
        assertEquals(1, acme.select(".card-figures").size());
        assertTrue(index.selectFirst(".site-header").text().contains("Example BV"));
        assertTrue(index.select(".site-nav a").eachText().contains("How we work"));
        assertTrue(index.select(".site-nav a")
                .eachText()
                .containsAll(List.of("Portfolio", "Completeness", "Actions", "Reviews")));
    }

    @Test
    void hostileYamlAndMarkdownAreEscapedOrNeutralised() {
        MemorySiteWriter out = TestSite.render(TestSite.content(""));
        for (String path : List.of("index.html", "accounts/evil/index.html")) {
            Document d = page(out, path);
            assertTrue(d.select("script:not([src])").isEmpty(), path + " has an inline script");
            assertTrue(
                    d.select("img[onerror], svg:not(.kp-chart), [onload], b").isEmpty(), path + " let markup through");
            for (Element a : d.select("a[href]")) {
                assertFalse(
                        a.attr("href").toLowerCase().replaceAll("\\s", "").startsWith("javascript:"), path + ": " + a);
            }
            assertTrue(d.select("img[src^=data:]").isEmpty(), path);
        }
        Document evil = page(out, "accounts/evil/index.html");
        assertTrue(evil.selectFirst("h1").text().contains("<script>alert(1)</script>"), "shown as text");
        assertTrue(evil.selectFirst("#s-overview .narrative").text().contains("<div class=\"raw\">raw block</div>"));
        Element evilCard = page(out, "index.html").selectFirst("li.card:has(a[href=accounts/evil/index.html])");
        assertEquals("We love them.", evilCard.selectFirst(".card-why").text(), "markup stripped from the why line");
        assertTrue(evilCard.selectFirst("h3").text().contains("<script>"), "name shown as text");
    }

    @Test
    void allowHtmlLetsRawHtmlThrough() {
        MemorySiteWriter out = TestSite.render(TestSite.content("markdown: {allow_html: true}"));
        Document evil = page(out, "accounts/evil/index.html");
        assertEquals(
                "raw block", evil.selectFirst("#s-overview .narrative div.raw").text());
        assertTrue(evil.select("a[href^=javascript]").isEmpty(), "unsafe links stay neutralised");
        assertTrue(evil.select("h1 script").isEmpty(), "YAML fields are still escaped");
    }

    @Test
    void everyLinkIsRelativeAndResolvesToAWrittenFile() {
        MemorySiteWriter out = TestSite.render(TestSite.content(""));
        int checked = 0;
        for (String path : out.files.keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document d = page(out, path);
            for (Element e : d.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("mailto:") || url.startsWith("#") || url.contains("data/portfolio.")) {
                    continue; // the data files are written by the build stage, not the renderer
                }
                if (path.equals("404.html") && e.is("link[rel=icon]") && url.startsWith("data:image/svg+xml;")) {
                    continue; // served at any depth: the 404 page carries its icon (see notFoundPageHasNoRelativeLinks)
                }
                assertFalse(url.startsWith("/") || url.startsWith("http"), path + ": " + url);
                String target = URI.create("x:/" + path)
                        .resolve(url.replaceAll("#.*", ""))
                        .getPath()
                        .substring(1);
                // Theme assets are copied by the publish stage; they must exist in the theme.
                boolean exists = out.files.containsKey(target)
                        || target.startsWith("assets/")
                                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of("site-theme", target));
                assertTrue(exists, path + " links to missing " + url + " (" + target + ")");
                checked++;
            }
        }
        assertTrue(checked > 30, "checked " + checked);
        assertTrue(out.files.containsKey("accounts/acme/notes/visit.html"));
        assertTrue(out.files.containsKey("pages/how-we-work.html"));
        assertTrue(out.files.containsKey("404.html"));
    }

    @Test
    void notFoundPageHasNoRelativeLinks() {
        Document nf = page(TestSite.render(TestSite.content("")), "404.html");
        // Its one address is the favicon, which it carries itself: no request leaves for the server's /favicon.ico.
        assertTrue(nf.select("[href]:not(link[rel=icon]), [src]").isEmpty());
        assertEquals(1, nf.select("link[rel=icon]").size());
        assertTrue(nf.selectFirst("link[rel=icon]").attr("href").startsWith("data:image/svg+xml;base64,"));
        assertFalse(nf.selectFirst("style").data().isBlank(), "stylesheet inlined");
        Document withBase =
                page(TestSite.render(TestSite.content("base_url: https://kam.example.com/portal")), "404.html");
        assertEquals(
                "https://kam.example.com/portal/index.html",
                withBase.selectFirst("a").attr("href"));
    }

    @Test
    void canonicalLinksOnlyWithABaseUrl() {
        MemorySiteWriter without = TestSite.render(TestSite.content(""));
        assertTrue(page(without, "index.html").select("link[rel=canonical]").isEmpty());
        assertTrue(page(without, "accounts/acme/index.html")
                .select("link[rel=canonical]")
                .isEmpty());

        MemorySiteWriter fromPortal = TestSite.render(TestSite.content("base_url: https://kam.example.com/portal"));
        assertEquals(
                "https://kam.example.com/portal/",
                page(fromPortal, "index.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"));
        assertEquals(
                "https://kam.example.com/portal/accounts/acme/",
                page(fromPortal, "accounts/acme/index.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"));
        assertEquals(
                "https://kam.example.com/portal/pages/how-we-work.html",
                page(fromPortal, "pages/how-we-work.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"));
        assertTrue(page(fromPortal, "404.html").select("link[rel=canonical]").isEmpty(), "404 is at any address");

        // --base-url wins over portal.yaml, for the canonical links and the 404 page's home link.
        MemorySiteWriter overridden = TestSite.render(
                TestSite.content("base_url: https://old.example.com/"),
                new BuildInfo(TestSite.BUILD_DATE, "1.2.3", Audience.INTERNAL, "https://acme.github.io/kam"));
        assertEquals(
                "https://acme.github.io/kam/accounts/acme/",
                page(overridden, "accounts/acme/index.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"));
        assertEquals(
                "https://acme.github.io/kam/index.html",
                page(overridden, "404.html").selectFirst("a").attr("href"));
    }

    @Test
    void dutchLabelsAndNumbers() {
        MemorySiteWriter out = TestSite.render(TestSite.content("language: nl"));
        Document acme = page(out, "accounts/acme/index.html");
        assertEquals("nl", acme.selectFirst("html").attr("lang"));
        List<String> titles = sectionTitles(acme);
        assertEquals("1 Key players / relatiematrix", titles.get(1));
        assertEquals("9 Doelstellingen en KPI's", titles.get(9));
        assertEquals("14 Account- en delivery team", titles.get(14));
        assertEquals(
                "€ 1.234.567",
                acme.select("#s-business_review .total-row td").get(1).text().replace('\u00a0', ' '));
        assertTrue(
                acme.selectFirst(".account-header").text().contains("1 okt. 2026"),
                acme.selectFirst(".account-header").text());
        assertEquals("Te laat", acme.selectFirst(".flag-overdue").text());
        assertEquals(
                "Economische koper",
                acme.select("#s-key_players tbody tr td").get(2).text());
        assertTrue(page(out, "index.html").select(".site-nav a").eachText().contains("Accounts"));
    }

    @Test
    void germanLabelsAndNumbers() {
        Document acme = page(TestSite.render(TestSite.content("language: de")), "accounts/acme/index.html");
        assertEquals("de", acme.selectFirst("html").attr("lang"));
        List<String> titles = sectionTitles(acme);
        assertEquals("1 Buying Center", titles.get(1));
        assertEquals("3 Geschäftsentwicklung", titles.get(3));
        assertEquals("14 Account-Team", titles.get(14));
        assertEquals(
                "1.234.567 €",
                acme.select("#s-business_review .total-row td").get(1).text().replace('\u00a0', ' '));
        assertTrue(acme.selectFirst(".account-header").text().contains("01.10.2026"));
        assertEquals("Überfällig", acme.selectFirst(".flag-overdue").text());
        assertEquals(
                "31,5 %",
                acme.select("#s-business_review .fields-grid dd").get(0).text().replace('\u00a0', ' '));
        // An objective's target is free text; a plain number in it is grouped like every other number.
        assertEquals("1.500.000", acme.select("#s-objectives tbody td").get(3).text());
    }

    /**
     * The build prepares the escaper and Markdown on the theme's thread while a render may already run on
     * another: from any thread, any number of times, the pages stay byte for byte the same and escaped.
     */
    @Test
    void preparingOnOtherThreadsChangesNoPage() throws Exception {
        MemorySiteWriter before = TestSite.render(TestSite.content(""));
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(SiteRenderer::prepare);
            threads[i].start();
        }
        MemorySiteWriter during = TestSite.render(TestSite.content(""));
        for (Thread t : threads) {
            t.join();
        }
        SiteRenderer.prepare();
        MemorySiteWriter after = TestSite.render(TestSite.content(""));
        assertEquals(before.files.keySet(), after.files.keySet());
        for (String path : before.files.keySet()) {
            assertTrue(java.util.Arrays.equals(before.files.get(path), during.files.get(path)), path);
            assertTrue(java.util.Arrays.equals(before.files.get(path), after.files.get(path)), path);
        }
        String hostile =
                new String(after.files.get("accounts/evil/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(hostile.contains("<script>alert"), "escaped");
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt; Evil"), "escaped");
    }
}
