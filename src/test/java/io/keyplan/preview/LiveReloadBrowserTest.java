package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.site.Audience;
import io.keyplan.testing.Chromium;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser: headless Chromium opens a served page, and the test edits the plan underneath
 * it. Talks to Chromium over the DevTools protocol (a WebSocket, {@link java.net.http.WebSocket})
 * to ask the page what it shows. Chromium is required, not optional: {@code .ci/run} installs it.
 */
class LiveReloadBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void anOpenPageReloadsByItselfAndShowsTheErrorsOverlay() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL);
                Chromium chromium = Chromium.open(tmp, s.url("/accounts/cerealis/"))) {
            Chromium.Page page = chromium.page("/accounts/cerealis/");
            page.waitFor("document.readyState === 'complete' && !!document.getElementById('keyplan-preview-errors')");
            page.evaluate("window.keyplanTestMarker = 'still the first load'");

            PreviewServerTest.edit(
                    s.content.resolve("accounts/cerealis/account.yaml"),
                    "name: Coopérative Céréalis",
                    "name: Cooperative Reloadmarker");
            // Reloaded by itself: a new window (the marker is gone) showing the new name.
            page.waitFor("window.keyplanTestMarker === undefined && document.readyState === 'complete'"
                    + " && document.querySelector('h1').textContent.includes('Reloadmarker')");

            PreviewServerTest.edit(
                    s.content.resolve("accounts/cerealis/account.yaml"), "status: prospect", "status: prospekt");
            String overlay = "(function () { var h = document.getElementById('keyplan-preview-errors');"
                    + " return h ? h.shadowRoot.textContent : ''; })()";
            page.waitFor(overlay + ".includes('account.yaml:8:9: error: \\'status\\' must be one of')");
            assertEquals(
                    "\"alertdialog\"",
                    page.value("document.getElementById('keyplan-preview-errors').shadowRoot"
                            + ".querySelector('[role=alertdialog]').getAttribute('role')"));
            // The last good page stays underneath.
            assertEquals("true", page.value("document.querySelector('h1').textContent.includes('Reloadmarker')"));
            // Escape hides the overlay; the button to show it again gets the focus.
            page.evaluate("document.getElementById('keyplan-preview-errors').shadowRoot.querySelector('.dialog')"
                    + ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
            page.waitFor("document.getElementById('keyplan-preview-errors').shadowRoot.activeElement"
                    + " && document.getElementById('keyplan-preview-errors').shadowRoot.activeElement.className"
                    + " === 'reopen'");

            PreviewServerTest.edit(
                    s.content.resolve("accounts/cerealis/account.yaml"), "status: prospekt", "status: prospect");
            page.waitFor("document.readyState === 'complete' && !!document.getElementById('keyplan-preview-errors')"
                    + " && !document.getElementById('keyplan-preview-errors').shadowRoot"
                    + ".querySelector('.backdrop, .reopen')");
        }
    }

    @Test
    void thePublicPreviewSaysSoOnEveryPage() throws Exception {
        try (Served s = Served.example(tmp, Audience.PUBLIC);
                Chromium chromium = Chromium.open(tmp, s.url("/"))) {
            Chromium.Page page = chromium.page("/");
            // Not only "complete": before the page is loaded, that is also true of the blank page before it.
            page.waitFor("!!document.getElementById('keyplan-preview-banner')");
            assertEquals(
                    "\"Public preview: this is what readers outside the company see.\"",
                    page.value("document.getElementById('keyplan-preview-banner').shadowRoot"
                            + ".querySelector('[role=note]').textContent"));
        }
    }
}
