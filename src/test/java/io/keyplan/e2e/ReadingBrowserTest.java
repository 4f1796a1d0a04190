package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.testing.Chromium;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages people read every day, in a real browser (headless Chromium over the DevTools
 * protocol), from {@code file://} as a file share serves them: no page of the example site,
 * internal or public, scrolls sideways on a phone; the filters hide cards, live in the address,
 * come back after Back and open again from a shared address; a click or Enter on a column heading
 * sorts the rows by value and says so in {@code aria-sort}.
 */
class ReadingBrowserTest {
    @TempDir
    static Path tmp;

    static Path site;
    static Path published;
    static Chromium chromium;
    static Chromium.Page page;

    @BeforeAll
    static void start() throws Exception {
        site = ExampleBuild.build(tmp.resolve("site"));
        published = ExampleBuild.build(tmp.resolve("public"), "--profile", "public");
        chromium = Chromium.open(tmp, site.resolve("index.html").toUri());
        page = chromium.page("/index.html");
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String url(Path site, String path) {
        return site.resolve(path).toUri().toString();
    }

    @Test
    void noPageIsWiderThanAPhone() throws Exception {
        page.viewport(390, 844);
        List<Path> pages = new ArrayList<>(ExampleBuild.htmlPages(site));
        pages.addAll(ExampleBuild.htmlPages(published));
        List<String> wide = new ArrayList<>();
        for (Path p : pages) {
            page.navigate(p.toUri().toString());
            String fits = page.value("document.documentElement.scrollWidth <= window.innerWidth");
            if (!fits.equals("true")) {
                wide.add(tmp.relativize(p) + ": " + count("document.documentElement.scrollWidth") + " px wide");
            }
        }
        assertTrue(pages.size() > 40, "the example builds have their pages");
        assertEquals(List.of(), wide, "pages that scroll sideways at 390 px");
    }

    /** The value of a number expression as its digits (Page.value gives strings and booleans cleanly). */
    private static String count(String expression) throws Exception {
        String v = page.value("String(" + expression + ")");
        return v.substring(1, v.length() - 1);
    }

    /** The number of cards shown (active and archived). */
    private static String shownCards() throws Exception {
        return count("document.querySelectorAll('.cards .card:not([hidden])').length");
    }

    @Test
    void filtersHideCardsLiveInTheAddressAndComeBackAfterBack() throws Exception {
        page.viewport(1366, 900);
        String home = url(site, "index.html");
        page.navigate(home);
        page.waitFor("!document.getElementById('filters').hidden");
        page.evaluate(
                "window.filterEvents = [];"
                        + "document.addEventListener('keyplan:filters', function (e) { window.filterEvents.push(e.detail); });");
        // An owner of active accounts who does not own the archived one: the archived card must go too.
        String owner = page.value("(function () {"
                + "var archived = document.querySelector('.cards-archived .card').getAttribute('data-owner');"
                + "var s = document.getElementById('f-owner');"
                + "for (var i = 1; i < s.options.length; i++) { if (s.options[i].value !== archived) { return s.options[i].value; } }"
                + "}())");
        assertTrue(owner.startsWith("\""), "an owner to filter by: " + owner);
        page.evaluate("(function () { var s = document.getElementById('f-owner'); s.value = " + owner
                + "; s.dispatchEvent(new Event('change', { bubbles: true })); }())");

        String all = count("document.querySelectorAll('.cards .card').length");
        String shown = shownCards();
        assertTrue(
                Integer.parseInt(shown) > 0 && Integer.parseInt(shown) < Integer.parseInt(all), shown + " of " + all);
        String onlyTheirs = "Array.prototype.every.call(document.querySelectorAll('.cards .card:not([hidden])'),"
                + " function (c) { return c.getAttribute('data-owner') === " + owner + "; })";
        assertEquals("true", page.value(onlyTheirs));
        assertEquals("true", page.value("document.querySelector('section.archived').hidden"), "archived cards follow");
        assertEquals(
                "true",
                page.value("new URLSearchParams(location.search).get('owner') === " + owner),
                page.value("location.href"));
        // The event tells other scripts what is chosen, with a helper that judges any element.
        assertEquals(owner, page.value("window.filterEvents[window.filterEvents.length - 1].values.owner"));
        assertEquals(
                "true",
                page.value("(function () { var m = window.filterEvents[window.filterEvents.length - 1].matches;"
                        + " return m(document.querySelector('.cards .card:not([hidden])'))"
                        + " && !m(document.querySelector('.cards .card[hidden]')); }())"));
        String filtered = page.value("location.href");

        page.navigate(url(site, "portfolio/index.html"));
        page.evaluate("history.back()");
        page.waitFor("document.readyState === 'complete' && location.href === " + filtered);
        page.waitFor("document.getElementById('f-owner').value === " + owner);
        page.waitFor(shownCardsIs(shown));
        page.waitFor(onlyTheirs);

        // A shared address, opened fresh, shows the same selection.
        page.navigate(url(site, "portfolio/index.html"));
        page.navigate(filtered.substring(1, filtered.length() - 1));
        page.waitFor("document.getElementById('f-owner').value === " + owner);
        page.waitFor(shownCardsIs(shown));
        page.waitFor(onlyTheirs);

        // "Show all" clears the address too.
        page.evaluate("document.querySelector('#filters button[type=reset]').click()");
        page.waitFor("location.search === '' && document.querySelectorAll('.cards .card[hidden]').length === 0");
    }

    private static String shownCardsIs(String n) {
        return "document.querySelectorAll('.cards .card:not([hidden])').length === " + n;
    }

    @Test
    void theActionsFilterByOwnerAndAccount() throws Exception {
        page.viewport(1366, 900);
        page.navigate(url(site, "actions/index.html"));
        page.waitFor("!document.getElementById('filters').hidden");
        String account = page.value("document.getElementById('f-account').options[1].value");
        page.evaluate("(function () { var s = document.getElementById('f-account'); s.value = " + account
                + "; s.dispatchEvent(new Event('change', { bubbles: true })); }())");
        assertEquals(
                "true",
                page.value("(function () { var rows = document.querySelectorAll('#actions tbody tr');"
                        + " var shown = Array.prototype.filter.call(rows, function (r) { return !r.hidden; });"
                        + " return shown.length > 0 && shown.length < rows.length && shown.every(function (r) {"
                        + " return r.getAttribute('data-account') === " + account + "; }); }())"));
        assertEquals("true", page.value("new URLSearchParams(location.search).get('account') === " + account));
    }

    /** The data-sort keys of column {@code col} of the table, top to bottom. */
    private static String keys(String table, int col) {
        return "Array.prototype.map.call(document.querySelectorAll('" + table + " tbody tr'),"
                + " function (r) { return r.cells[" + col + "].getAttribute('data-sort'); })";
    }

    /** True when the keys are in order (numbers as numbers), empty keys last. */
    private static String inOrder(String table, int col, boolean ascending, boolean numbers) {
        String cmp = numbers ? "parseFloat(a) - parseFloat(b)" : "a < b ? -1 : a > b ? 1 : 0";
        return "(function () { var k = " + keys(table, col) + "; var seenEmpty = false;"
                + " var full = k.filter(function (x) { if (!x) { seenEmpty = true; return false; }"
                + "   if (seenEmpty) { throw new Error('a value after an empty key'); } return true; });"
                + " for (var i = 1; i < full.length; i++) { var a = full[i - 1], b = full[i]; var c = " + cmp + ";"
                + "   if (" + (ascending ? "c > 0" : "c < 0") + ") { return false; } }"
                + " return full.length > 2; }())";
    }

    @Test
    void aClickOnAHeadingSortsTheRankingByValue() throws Exception {
        page.viewport(1366, 900);
        page.navigate(url(site, "portfolio/index.html"));
        // Column 5 is the current revenue: as text, 650000 would come after 2870000.
        String heading = "document.querySelectorAll('#ranking thead th')[5]";
        assertEquals("null", page.value(heading + ".getAttribute('aria-sort')"));
        page.evaluate(heading + ".querySelector('button').click()");
        assertEquals("\"ascending\"", page.value(heading + ".getAttribute('aria-sort')"));
        assertEquals("null", page.value("document.querySelectorAll('#ranking thead th')[0].getAttribute('aria-sort')"));
        assertEquals(
                "true",
                page.value(inOrder("#ranking", 5, true, true)),
                page.value("JSON.stringify(" + keys("#ranking", 5) + ")"));
        page.evaluate(heading + ".querySelector('button').click()");
        assertEquals("\"descending\"", page.value(heading + ".getAttribute('aria-sort')"));
        assertEquals("true", page.value(inOrder("#ranking", 5, false, true)));
    }

    @Test
    void enterOnAHeadingSortsTheActionsByDate() throws Exception {
        page.viewport(1366, 900);
        page.navigate(url(site, "actions/index.html"));
        int due = 5; // action, when, account, owner, section, due, days overdue
        String heading = "document.querySelectorAll('#actions thead th')[" + due + "]";
        page.evaluate(heading + ".querySelector('button').focus()");
        assertEquals("true", page.value("document.activeElement === " + heading + ".querySelector('button')"));
        for (String type : List.of("keyDown", "keyUp")) {
            page.send(
                    "Input.dispatchKeyEvent",
                    "{\"type\":\"" + type + "\",\"key\":\"Enter\",\"code\":\"Enter\",\"windowsVirtualKeyCode\":13,"
                            + "\"nativeVirtualKeyCode\":13" + (type.equals("keyDown") ? ",\"text\":\"\\r\"" : "")
                            + "}");
        }
        page.waitFor(heading + ".getAttribute('aria-sort') === 'ascending'");
        assertEquals(
                "null",
                page.value("document.querySelectorAll('#actions thead th')[1].getAttribute('aria-sort')"),
                "the default order gives up its mark");
        // ISO dates: as numbers they would all be the year; undated actions stay last.
        assertEquals(
                "true",
                page.value(inOrder("#actions", due, true, false)),
                page.value("JSON.stringify(" + keys("#actions", due) + ")"));
    }

    @Test
    void aPlanTableInTheAuthorsOrderGetsButtonsAndSorts() throws Exception {
        page.viewport(1366, 900);
        page.navigate(url(site, "accounts/noordzee-foods/index.html"));
        String table = "#s-opportunities table.reorderable";
        page.waitFor("document.querySelectorAll('" + table + " thead button.sort-button').length > 3");
        assertEquals("0", count("document.querySelectorAll('" + table + " thead th[aria-sort]').length"));
        // Column 3 is the value.
        page.evaluate("document.querySelectorAll('" + table + " thead th')[3].querySelector('button').click()");
        assertEquals(
                "true",
                page.value(inOrder(table, 3, true, true)),
                page.value("JSON.stringify(" + keys(table, 3) + ")"));
        assertEquals(
                "\"ascending\"",
                page.value("document.querySelectorAll('" + table + " thead th')[3].getAttribute('aria-sort')"));
    }
}
