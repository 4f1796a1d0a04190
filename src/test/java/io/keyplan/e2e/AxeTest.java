package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyplan.testing.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core (vendored under {@code src/test/resources/axe-core}) over every page of the example
 * site, internal and public build, in the light and the dark colour scheme: WCAG 2.x A and AA
 * rules, and the best-practice rules for landmarks, regions and empty table headers. One
 * Chromium, one tab: each page is loaded once, given axe, checked in light, then switched to
 * dark and checked again with the rules that read colours (a printed view must then still be
 * black on white: it previews paper).
 */
class AxeTest {
    /** The WCAG 2.0, 2.1 and 2.2 levels A and AA. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Best-practice rules on top of WCAG: the structure a screen-reader user moves by. */
    private static final List<String> BEST_PRACTICE = List.of(
            "region",
            "landmark-one-main",
            "landmark-unique",
            "landmark-no-duplicate-banner",
            "landmark-no-duplicate-contentinfo",
            "landmark-no-duplicate-main",
            "landmark-banner-is-top-level",
            "landmark-contentinfo-is-top-level",
            "landmark-main-is-top-level",
            "landmark-complementary-is-top-level",
            "empty-table-header");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** On a printed view, a hash of every element's computed colours; elsewhere "". */
    private static final String LOOK = "(() => { if (!document.body.classList.contains('print-doc')) return '';"
            + " let h = 0; for (const e of document.querySelectorAll('body, body *')) {"
            + " const s = getComputedStyle(e);"
            + " for (const c of s.color + s.backgroundColor + s.borderTopColor + s.fill + s.stroke)"
            + " h = (h * 31 + c.charCodeAt(0)) | 0; } return String(h); })()";

    @TempDir
    static Path tmp;

    @Test
    void everyPageInLightAndDarkHasNoViolation() throws Exception {
        Path internal = ExampleBuild.build(tmp.resolve("site"));
        Path published = ExampleBuild.build(tmp.resolve("public"), "--profile", "public");
        List<Path> pages = new ArrayList<>(ExampleBuild.htmlPages(internal));
        pages.addAll(ExampleBuild.htmlPages(published));

        List<String> violations = new ArrayList<>();
        long start = System.nanoTime();
        try (Chromium chromium = Chromium.open(tmp, URI.create("about:blank"))) {
            Chromium.Page tab = chromium.page("about:blank");
            String inject = "{\"expression\":" + Chromium.Page.json(axeSource()) + "}";
            for (Path page : pages) {
                String name = tmp.relativize(page).toString().replace('\\', '/');
                tab.colourScheme("light");
                tab.navigate(page.toUri().toString());
                tab.send("Runtime.evaluate", inject);
                violations.addAll(run(tab, name + " (light)", allRules()));
                String light = tab.value(LOOK);
                // Only colours change with the scheme: the dark pass asks the colour rules again.
                tab.colourScheme("dark");
                violations.addAll(run(tab, name + " (dark)", colourRules()));
                // The printed views preview paper: the dark scheme must not change a single colour.
                String dark = tab.value(LOOK);
                if (!dark.equals(light)) {
                    violations.add(name + " (dark): the printed view changes its colours in the dark scheme");
                }
            }
        }
        System.out.printf(
                "axe-core: %d pages, light and dark, in %.1f s%n", pages.size(), (System.nanoTime() - start) / 1e9);
        assertTrue(
                violations.isEmpty(),
                () -> violations.size() + " axe-core violations:\n" + String.join("\n", violations));
    }

    /**
     * Task items, which no example plan has: added to the free page as the renderer writes them, they
     * must pass the same rules in light and dark. flexmark's own items had a box without a name
     * (rule {@code label}).
     */
    @Test
    void taskItemsHaveNoViolation() throws Exception {
        Path site = ExampleBuild.build(tmp.resolve("tasks"));
        String items = new io.keyplan.render.Markdown()
                .block(
                        "- [ ] Call the buyer\n- [x] Send the [offer](https://example.com/offer)\n  - by mail\n"
                                + "- [ ] \n  ## Before the call\n\n  Check the price.\n\n1. [ ] Numbered\n",
                        false);
        List<String> violations = new ArrayList<>();
        try (Chromium chromium = Chromium.open(tmp, URI.create("about:blank"))) {
            Chromium.Page tab = chromium.page("about:blank");
            tab.colourScheme("light");
            tab.navigate(site.resolve("pages/how-we-work.html").toUri().toString());
            String add = "document.querySelector('.prose').insertAdjacentHTML('beforeend', " + Chromium.Page.json(items)
                    + "); String(document.querySelectorAll('.task-list-item input[type=checkbox]').length)";
            assertEquals("\"4\"", tab.value(add), "the task items are on the page");
            tab.send("Runtime.evaluate", "{\"expression\":" + Chromium.Page.json(axeSource()) + "}");
            violations.addAll(run(tab, "task items (light)", allRules()));
            tab.colourScheme("dark");
            violations.addAll(run(tab, "task items (dark)", colourRules()));
        }
        assertTrue(
                violations.isEmpty(),
                () -> violations.size() + " axe-core violations:\n" + String.join("\n", violations) + "\n" + items);
    }

    private static String allRules() throws IOException {
        return JSON.writeValueAsString(Map.of(
                "runOnly", Map.of("type", "tag", "values", TAGS),
                "rules", BEST_PRACTICE.stream().collect(Collectors.toMap(r -> r, r -> Map.of("enabled", true))),
                "resultTypes", List.of("violations")));
    }

    private static String colourRules() throws IOException {
        return JSON.writeValueAsString(Map.of(
                "runOnly", Map.of("type", "rule", "values", List.of("color-contrast", "link-in-text-block")),
                "resultTypes", List.of("violations")));
    }

    /** Runs axe on the loaded document; one line per failing element: page, rule, target, message. */
    private static List<String> run(Chromium.Page tab, String page, String options) throws Exception {
        String script = "axe.run(document, " + options + ").then(r => JSON.stringify(r.violations.map(v => ({"
                + "id: v.id, help: v.help, nodes: v.nodes.map(n => ({target: n.target.join(' '),"
                + " message: n.failureSummary}))}))))";
        String answer = tab.send(
                "Runtime.evaluate",
                "{\"expression\":" + Chromium.Page.json(script) + ",\"awaitPromise\":true,\"returnByValue\":true}");
        JsonNode result = JSON.readTree(answer).path("result");
        if (result.has("exceptionDetails")
                || !result.path("result").path("value").isTextual()) {
            return List.of(page + ": axe did not run: " + answer);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode v : JSON.readTree(result.path("result").path("value").asText())) {
            for (JsonNode n : v.path("nodes")) {
                lines.add(page + ": " + v.path("id").asText() + " ("
                        + v.path("help").asText() + ") at "
                        + n.path("target").asText() + ": "
                        + n.path("message").asText().replace('\n', ' '));
            }
        }
        return lines;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AxeTest.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IOException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
