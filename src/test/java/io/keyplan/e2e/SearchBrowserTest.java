package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search box in a real browser, as a reader uses it: the example site opened from
 * {@code file://} (where a browser fetches no data file, so the index must come as a script),
 * {@code /} to get to the box, a name typed with part of it missing or without its accents,
 * results grouped by account with the field that matched, the arrow keys, Enter, and the page
 * opened at the section. Keys go through the DevTools protocol's input events, as a keyboard's do.
 * With {@code -Dkeyplan.screenshots=DIR} it saves what it saw there as PNG files.
 */
class SearchBrowserTest {
    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() {
        site = ExampleBuild.build(tmp.resolve("site"));
    }

    @Test
    void slashTypeArrowsEnterOpensTheSectionOfTheResult() throws Exception {
        try (Chromium chromium = Chromium.open(tmp, site.resolve("index.html").toUri())) {
            Chromium.Page page = chromium.page("/index.html");
            page.viewport(1366, 900);
            page.waitFor("document.readyState === 'complete' && !document.querySelector('.site-search').hidden");
            // An ordinary page load stays light: nothing of the search is loaded before it is used.
            assertEquals(
                    "false",
                    page.value("!!window.keyplanSearch || !!window.MiniSearch"
                            + " || !!document.querySelector('script[src*=\"search/index.js\"]')"));

            key(page, "/", "Slash", 191, "/");
            page.waitFor("document.activeElement && document.activeElement.id === 'site-search-input'");
            assertEquals("\"\"", page.value("document.activeElement.value"), "the / is not typed into the box");

            type(page, "hoffm");
            page.waitFor("document.querySelectorAll('#site-search-results [role=option]').length > 0");
            assertEquals(
                    "\"true\"",
                    page.value("document.getElementById('site-search-input').getAttribute('aria-expanded')"));
            assertEquals(
                    "\"Rheinwerk Chemie AG\"",
                    page.value(
                            "document.querySelector('#site-search-results [role=group] .site-search-group-name').textContent"));
            assertEquals(
                    "\"Key player: Jürgen Hoffmann, Leiter Technik und Instandhaltung\"",
                    text(page, "document.querySelector('#site-search-results [role=option]').textContent"));
            // The group is named by its heading, for a screen reader.
            assertEquals(
                    "\"Rheinwerk Chemie AG\"",
                    page.value("document.getElementById(document.querySelector('#site-search-results [role=group]')"
                            + ".getAttribute('aria-labelledby')).textContent"));
            screenshot(page, "search-results-desktop");

            int count = Integer.parseInt(
                    page.value("String(document.querySelectorAll('#site-search-results [role=option]').length)")
                            .replace("\"", ""));
            key(page, "ArrowDown", "ArrowDown", 40, null);
            assertEquals(active(page, 0), page.value(activeDescendant()));
            if (count > 1) {
                key(page, "ArrowDown", "ArrowDown", 40, null);
                assertEquals(active(page, 1), page.value(activeDescendant()));
                key(page, "ArrowUp", "ArrowUp", 38, null);
            }
            assertEquals(active(page, 0), page.value(activeDescendant()));
            assertEquals(
                    "\"true\"", page.value("document.querySelector('[role=option]').getAttribute('aria-selected')"));
            assertEquals(
                    "\"site-search-input\"", page.value("document.activeElement.id"), "the focus stays in the box");

            key(page, "Enter", "Enter", 13, "\r");
            page.waitFor("location.href.endsWith('/accounts/rheinwerk-chemie/index.html#s-key_players')"
                    + " && document.readyState === 'complete'");
            assertEquals("true", page.value("!!document.getElementById('s-key_players')"));
            screenshot(page, "search-landed-on-section");
            assertEquals(
                    "true",
                    page.value("document.getElementById('s-key_players').textContent.includes('Jürgen Hoffmann')"));
        }
    }

    @Test
    void accentsAndCaseDoNotMatterAndEscapeClosesTheList() throws Exception {
        try (Chromium chromium = Chromium.open(
                tmp, site.resolve("accounts/noordzee-foods/index.html").toUri())) {
            Chromium.Page page = chromium.page("/accounts/noordzee-foods/index.html");
            page.waitFor("document.readyState === 'complete' && !document.querySelector('.site-search').hidden");
            key(page, "/", "Slash", 191, "/");
            type(page, "CEREALIS");
            page.waitFor("document.querySelectorAll('#site-search-results [role=option]').length > 0");
            assertEquals(
                    "\"Key account: Coopérative Céréalis\"",
                    text(page, "document.querySelector('#site-search-results [role=option]').textContent"));
            // From an account's page, a result's link goes up to the site root and down again.
            assertEquals(
                    "\"../../accounts/cerealis/index.html\"",
                    page.value("document.querySelector('#site-search-results [role=option]').dataset.href"));

            key(page, "Escape", "Escape", 27, null);
            assertEquals(
                    "\"false\"",
                    page.value("document.getElementById('site-search-input').getAttribute('aria-expanded')"));
            assertEquals("true", page.value("document.getElementById('site-search-results').hidden"));
            key(page, "Escape", "Escape", 27, null);
            assertEquals("\"\"", page.value("document.getElementById('site-search-input').value"));

            type(page, "qqxzzv");
            page.waitFor("!document.querySelector('.site-search-empty').hidden"
                    + " && document.querySelector('.site-search-empty').textContent === 'No results'");
            assertEquals("true", page.value("document.getElementById('site-search-results').hidden"));
            assertEquals("\"No results\"", page.value("document.getElementById('site-search-status').textContent"));
        }
    }

    /**
     * An account is one document: the words of a query may be in different entries of it (a
     * person and the account's name), and each entry that holds one is shown with its own field
     * and section.
     */
    @Test
    void aPersonAndTheirAccountTogetherFindThePerson() throws Exception {
        try (Chromium chromium = Chromium.open(tmp, site.resolve("index.html").toUri())) {
            Chromium.Page page = chromium.page("/index.html");
            page.waitFor("document.readyState === 'complete' && !document.querySelector('.site-search').hidden");
            page.evaluate("document.getElementById('site-search-input').focus()");
            type(page, "hoffmann rheinwerk");
            page.waitFor("document.querySelectorAll('#site-search-results [role=option]').length > 1");
            screenshot(page, "search-person-and-account");
            assertEquals(
                    "\"Rheinwerk Chemie AG\"",
                    page.value("document.querySelector('#site-search-results .site-search-group-name').textContent"));
            String options = text(
                    page,
                    "[...document.querySelectorAll('#site-search-results [role=option]')]"
                            + ".map(o => o.textContent + ' -> ' + o.dataset.href).join(' | ')");
            assertTrue(
                    options.contains("Key account: Rheinwerk Chemie AG -> accounts/rheinwerk-chemie/index.html |"),
                    options);
            assertTrue(
                    options.contains("Key player: Jürgen Hoffmann, Leiter Technik und Instandhaltung"
                            + " -> accounts/rheinwerk-chemie/index.html#s-key_players"),
                    options);
            // Only the entries that hold a word of the query: no other key player of the account.
            assertEquals(
                    "true",
                    page.value("[...document.querySelectorAll('#site-search-results [role=option]')]"
                            + ".every(o => /hoffmann|rheinwerk/i.test(o.textContent))"));
            assertFalse(options.contains("Key player: Dr. "), options);
        }
    }

    @Test
    void aFreePageIsFoundByItsTextAndAClickOpensIt() throws Exception {
        try (Chromium chromium = Chromium.open(tmp, site.resolve("index.html").toUri())) {
            Chromium.Page page = chromium.page("/index.html");
            page.waitFor("document.readyState === 'complete' && !document.querySelector('.site-search').hidden");
            page.evaluate("document.getElementById('site-search-input').focus()");
            type(page, "how we do key account");
            page.waitFor("[...document.querySelectorAll('#site-search-results .site-search-group-name')]"
                    + ".some(g => g.textContent === 'Pages')");
            page.evaluate("[...document.querySelectorAll('#site-search-results [role=option]')]"
                    + ".find(o => o.dataset.href.includes('pages/')).click()");
            page.waitFor("location.href.endsWith('/pages/how-we-work.html') && document.readyState === 'complete'");
        }
    }

    @Test
    void onAPhoneInDarkModeTheBoxAndItsResultsFitTheScreen() throws Exception {
        try (Chromium chromium = Chromium.open(tmp, site.resolve("index.html").toUri())) {
            Chromium.Page page = chromium.page("/index.html");
            page.viewport(390, 844);
            page.colourScheme("dark");
            page.waitFor("document.readyState === 'complete' && !document.querySelector('.site-search').hidden");
            key(page, "/", "Slash", 191, "/");
            type(page, "procurement");
            page.waitFor("document.querySelectorAll('#site-search-results [role=option]').length > 1");
            screenshot(page, "search-results-phone-dark");
            assertEquals("true", page.value("document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
            assertEquals(
                    "true",
                    page.value("(function () { var r = document.getElementById('site-search-results')"
                            + ".getBoundingClientRect(); return r.left >= 0 && r.right <= 390; })()"));
            // Dark: the list is drawn in the dark surface colour, not white.
            assertFalse(page.value("getComputedStyle(document.getElementById('site-search-results')).backgroundColor")
                    .contains("255, 255, 255"));
        }
    }

    /**
     * The index the build made (loaded with MiniSearch.loadJS) is the very index MiniSearch makes of
     * the same documents itself: same words, same postings, same field lengths.
     */
    @Test
    void theBuildsIndexIsTheOneMiniSearchWouldMake() throws Exception {
        try (Chromium chromium = Chromium.open(tmp, site.resolve("index.html").toUri())) {
            Chromium.Page page = chromium.page("/index.html");
            page.waitFor("document.readyState === 'complete' && !document.querySelector('.site-search').hidden");
            page.evaluate("document.getElementById('site-search-input').focus()");
            page.waitFor("window.keyplanSearchTimings && window.keyplanSearchTimings.ready > 0");
            // search.js gave the build's index to MiniSearch and let it go; the file is loaded again to compare.
            page.evaluate(
                    "(function () { var s = document.createElement('script');"
                            + " s.src = document.querySelector('.site-search').dataset.index; document.head.appendChild(s); })()");
            page.waitFor("window.keyplanSearch && window.keyplanSearch.ms");
            String same = page.value("(function () {"
                    + " var d = window.keyplanSearch;"
                    + " function fold(t) { return t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()"
                    + ".replace(/ß/g, 'ss'); }"
                    + " var m = new MiniSearch({fields: d.fields, processTerm: fold});"
                    // An account is one document: each field holds its kind's entries, text and detail one a line.
                    + " m.addAll(d.docs.map(function (x, i) { var o = {id: i};"
                    + "   d.fields.forEach(function (f) { o[f] = ''; });"
                    + "   x[1].forEach(function (f) { o[f[0]] = f.slice(1).map(function (e) {"
                    + "     return typeof e === 'string' ? e : e[0] + '\\n' + e[1]; }).join('\\n'); });"
                    + "   if (x.length > 2) { o.b = x[2]; }"
                    + "   return o; }));"
                    + " var a = JSON.parse(JSON.stringify(m)), b = d.ms;"
                    + " function terms(x) { var o = {}; x.index.forEach(function (e) { o[e[0]] = e[1]; }); return o; }"
                    + " var ta = terms(a), tb = terms(b);"
                    + " var keys = Object.keys(ta).sort();"
                    + " if (JSON.stringify(keys) !== JSON.stringify(Object.keys(tb).sort())) return 'words differ';"
                    + " for (var i = 0; i < keys.length; i++) {"
                    + "   if (JSON.stringify(ta[keys[i]]) !== JSON.stringify(tb[keys[i]])) return 'postings of ' + keys[i]; }"
                    + " var same = ['documentCount', 'nextId', 'documentIds', 'fieldIds', 'fieldLength', 'dirtCount',"
                    + "   'serializationVersion'].filter(function (k) {"
                    + "     return JSON.stringify(a[k]) !== JSON.stringify(b[k]); });"
                    + " if (same.length) return 'differ: ' + same;"
                    + " for (var f = 0; f < d.fields.length; f++) {"
                    + "   if (Math.abs(a.averageFieldLength[f] - b.averageFieldLength[f]) > 1e-9) return 'average ' + f; }"
                    + " return 'same ' + keys.length; })()");
            assertTrue(same.startsWith("\"same "), same);
        }
    }

    private static String activeDescendant() {
        return "document.getElementById('site-search-input').getAttribute('aria-activedescendant')";
    }

    private static String active(Chromium.Page page, int index) throws Exception {
        return page.value("document.querySelectorAll('#site-search-results [role=option]')[" + index + "].id");
    }

    /** As {@link Chromium.Page#value}, with the escapes DevTools writes for non-ASCII characters decoded. */
    static String text(Chromium.Page page, String expression) throws Exception {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(page.value(expression));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    /** One key pressed and released, as a keyboard sends it. */
    static void key(Chromium.Page page, String key, String code, int keyCode, String text) throws Exception {
        String common = "\"key\":" + Chromium.Page.json(key) + ",\"code\":" + Chromium.Page.json(code)
                + ",\"windowsVirtualKeyCode\":" + keyCode + ",\"nativeVirtualKeyCode\":" + keyCode;
        page.send(
                "Input.dispatchKeyEvent",
                "{\"type\":\"" + (text == null ? "rawKeyDown" : "keyDown") + "\"," + common
                        + (text == null ? "" : ",\"text\":" + Chromium.Page.json(text)) + "}");
        page.send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"," + common + "}");
    }

    /** Text typed into the focused field (one input event, as an input method commits it). */
    static void type(Chromium.Page page, String text) throws Exception {
        page.send("Input.insertText", "{\"text\":" + Chromium.Page.json(text) + "}");
    }

    /** Saves what the page shows when {@code -Dkeyplan.screenshots=DIR} is set, for a person to look at. */
    static void screenshot(Chromium.Page page, String name) throws Exception {
        String dir = System.getProperty("keyplan.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Matcher m = Pattern.compile("\"data\":\"([^\"]+)\"")
                .matcher(page.send("Page.captureScreenshot", "{\"format\":\"png\"}"));
        if (m.find()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), Base64.getDecoder().decode(m.group(1)));
        }
    }
}
