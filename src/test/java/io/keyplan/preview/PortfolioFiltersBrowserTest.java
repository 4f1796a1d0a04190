package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.site.Audience;
import io.keyplan.testing.Chromium;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio page's filters in a real browser (headless Chromium over the DevTools protocol, as
 * {@link LiveReloadBrowserTest}): a region narrows the matrix's bubbles and table, the pyramid's
 * table and the relationship risks too (portfolio-filters.js), and "Show all" brings everything back.
 * Lives here because the browser harness and the served example site do.
 */
class PortfolioFiltersBrowserTest {
    @TempDir
    Path tmp;

    private static final String BUBBLES = "document.querySelectorAll('#matrix svg a:not([display=none])').length";
    private static final String TABLE =
            "document.querySelectorAll('#matrix .matrix-table tbody tr:not([hidden])').length";
    private static final String PYRAMID = "Array.prototype.map.call(document.querySelectorAll("
            + "'#pyramid tbody .listed-account:not([hidden])'), function (e) { return e.innerText; }).join('|')";

    @Test
    void filtersNarrowTheMatrixThePyramidTableAndTheRisks() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL);
                Chromium chromium = Chromium.open(tmp, s.url("/portfolio/"))) {
            Chromium.Page page = chromium.page("/portfolio/");
            page.waitFor("document.readyState === 'complete' && !document.getElementById('filters').hidden");
            assertEquals("\"11\"", page.value("String(" + BUBBLES + ")"));
            assertEquals("\"true\"", page.value("String(document.getElementById('filter-scope').hidden)"));

            page.evaluate("(function () { var s = document.getElementById('f-region'); s.value = 'DACH';"
                    + " s.dispatchEvent(new Event('change')); })()");
            page.waitFor(BUBBLES + " === 3");
            assertEquals("\"3\"", page.value("String(" + TABLE + ")"));
            assertEquals("\"false\"", page.value("String(document.getElementById('filter-scope').hidden)"));
            // Rheinwerk (platinum) and Alpenstrom (iron), the last one shown without a trailing comma
            assertEquals("\"Rheinwerk Chemie AG|Alpenstrom Energie AG\"", page.value(PYRAMID));
            assertEquals(
                    "\"2\"",
                    page.value(
                            "document.querySelector('#risk-counts tr[data-risk=no-coach] .risk-count').textContent"));
            // Vogtland (DACH) has no net contribution: still listed as not placed
            assertEquals("\"1\"", page.value("document.querySelector('.not-placed-count').textContent"));

            page.evaluate("document.getElementById('filters').reset()");
            page.waitFor(BUBBLES + " === 11");
            assertEquals("\"11\"", page.value("String(" + TABLE + ")"));
            assertEquals("\"true\"", page.value("String(document.getElementById('filter-scope').hidden)"));
        }
    }
}
