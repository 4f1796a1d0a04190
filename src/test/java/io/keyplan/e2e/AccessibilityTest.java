package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyboard and screen-reader basics over every page of the example site (internal and public build): language, landmarks, one
 * h1 and headings in order, a working skip link, labelled and keyboard-operable controls, sortable
 * columns with {@code aria-sort}, charts as inline SVG with a title, a description and a table
 * alternative; and the theme CSS has a visible focus style, a dark scheme and a print sheet.
 */
class AccessibilityTest {
    @TempDir
    static Path tmp;

    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() {
        site = ExampleBuild.build(tmp.resolve("site"));
        // The public build is checked too: it leaves sections out, which must not break headings or landmarks.
        Path published = ExampleBuild.build(tmp.resolve("public"), "--profile", "public");
        pages = new ArrayList<>(ExampleBuild.htmlPages(site));
        pages.addAll(ExampleBuild.htmlPages(published));
        // The pages made from git history (history pages, changes page, ages and trends), from a fixture.
        Path history = io.keyplan.render.HistorySite.write(tmp.resolve("history"));
        pages.addAll(io.keyplan.render.HistorySite.pages(history));
    }

    @Test
    void everyPageHasItsLanguageOneMainAndOneH1() throws IOException {
        check((doc, problems) -> {
            if (doc.selectFirst("html").attr("lang").isBlank()) {
                problems.add("no lang on <html>");
            }
            if (doc.select("main").size() != 1) {
                problems.add(doc.select("main").size() + " <main> elements");
            }
            if (doc.select("h1").size() != 1) {
                problems.add(doc.select("h1").size() + " h1 headings");
            }
            if (doc.title().isBlank()) {
                problems.add("no <title>");
            }
        });
    }

    @Test
    void headingsNeverSkipALevel() throws IOException {
        check((doc, problems) -> {
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(h.tagName() + " '" + h.text() + "' follows h" + previous);
                }
                previous = level;
            }
        });
    }

    @Test
    void portalPagesHaveLandmarksAndASkipLinkToMain() throws IOException {
        check((doc, problems) -> {
            if (doc.selectFirst("header.site-header") == null) {
                return; // print pages: one <main>, no site navigation
            }
            // The 404 page has no navigation on purpose: it is served at any depth, so relative links would break.
            boolean notFound = doc.body().hasClass("page-404");
            for (String landmark : notFound
                    ? List.of("body > header", "body > main", "body > footer")
                    : List.of("body > header", "body > header nav[aria-label]", "body > main", "body > footer")) {
                if (doc.selectFirst(landmark) == null) {
                    problems.add("missing landmark " + landmark);
                }
            }
            Element skip = doc.selectFirst("body > a.skip-link");
            if (notFound) {
                return; // no links at all there, not even a skip link: the page is one short message
            }
            if (skip == null || doc.body().child(0) != skip) {
                problems.add("the skip link is not the first thing in <body>");
            } else if (doc.getElementById(skip.attr("href").substring(1)) == null
                    || !doc.getElementById(skip.attr("href").substring(1))
                            .tagName()
                            .equals("main")) {
                problems.add("the skip link does not lead to <main>");
            }
            if (doc.select("nav a[aria-current=page]").size() > 1) {
                problems.add("more than one current page in the navigation");
            }
        });
    }

    @Test
    void everyControlIsLabelledAndReachableByKeyboard() throws IOException {
        check((doc, problems) -> {
            for (Element c : doc.select("select, input:not([type=hidden]), textarea")) {
                boolean labelled = !c.id().isEmpty() && doc.selectFirst("label[for=" + c.id() + "]") != null
                        || c.closest("label") != null
                        || c.hasAttr("aria-label")
                        || c.hasAttr("aria-labelledby");
                if (!labelled) {
                    problems.add("unlabelled " + c.tagName() + " " + c.id());
                }
            }
            for (Element b : doc.select("button")) {
                if (b.text().isBlank() && !b.hasAttr("aria-label")) {
                    problems.add("button without a name: " + b.outerHtml());
                }
                if (!b.hasAttr("type")) {
                    problems.add("button without type (submits a form by accident): " + b.outerHtml());
                }
            }
            for (Element e : doc.select("[tabindex]")) {
                if (Integer.parseInt(e.attr("tabindex").trim()) > 0) {
                    problems.add("positive tabindex breaks the tab order: " + e.tagName() + "#" + e.id());
                }
            }
            for (Element e : doc.select("[onclick], [onkeydown], [onkeyup]")) {
                problems.add("inline event handler on " + e.tagName());
            }
            for (Element a : doc.select("a")) {
                if (!a.hasAttr("href")) {
                    problems.add("link without href cannot be reached by keyboard: " + a.text());
                } else if (a.text().isBlank() && a.select("img[alt]").isEmpty() && !a.hasAttr("aria-label")) {
                    problems.add("link without a name: " + a.attr("href"));
                }
            }
        });
    }

    @Test
    void sortableTablesUseButtonsAndMarkTheSortedColumn() throws IOException {
        int[] tables = {0};
        check((doc, problems) -> {
            for (Element table : doc.select("table.sortable")) {
                tables[0]++;
                List<Element> heads = table.select("thead th");
                if (heads.isEmpty() || table.selectFirst("tbody") == null) {
                    problems.add("sortable table #" + table.id() + " without thead/tbody");
                    continue;
                }
                long sorted =
                        heads.stream().filter(th -> th.hasAttr("aria-sort")).count();
                if (sorted != 1) {
                    problems.add("table #" + table.id() + " marks " + sorted
                            + " columns with aria-sort (its initial order is one column)");
                }
                for (Element th : heads) {
                    if (th.hasAttr("aria-sort")
                            && !Set.of("ascending", "descending").contains(th.attr("aria-sort"))) {
                        problems.add("aria-sort=" + th.attr("aria-sort"));
                    }
                    if (!th.attr("scope").equals("col")) {
                        problems.add("header cell without scope=col in #" + table.id());
                    }
                }
                if (table.select("thead th button.sort-button[type=button]").isEmpty()) {
                    problems.add("table #" + table.id() + " has no sort buttons");
                }
            }
        });
        assertTrue(tables[0] >= 1, "the example site has sortable tables");
    }

    @Test
    void chartsAreInlineSvgWithTitleDescriptionAndATable() throws IOException {
        int[] charts = {0};
        check((doc, problems) -> {
            for (Element svg : doc.select("svg")) {
                if (svg.attr("aria-hidden").equals("true") || svg.parents().is("svg")) {
                    continue;
                }
                charts[0]++;
                String name = svg.id().isEmpty() ? svg.className() : svg.id();
                // A chart with links inside (the matrix's bubbles) is a group: the content of an img is
                // presentational, and a link in it is axe's nested-interactive. Every other chart is an img.
                boolean links = !svg.select("a[href]").isEmpty();
                if (!svg.attr("role").equals(links ? "group" : "img")) {
                    problems.add("chart " + name + " lacks role=" + (links ? "group (it holds links)" : "img"));
                }
                for (Element a : svg.select("a[href]")) {
                    if (a.attr("aria-label").isBlank()) {
                        problems.add("chart " + name + " has a link without a name: " + a.attr("href"));
                    }
                }
                Element title = svg.selectFirst("> title");
                Element desc = svg.selectFirst("> desc");
                if (title == null
                        || title.text().isBlank()
                        || desc == null
                        || desc.text().isBlank()) {
                    problems.add("chart " + name + " lacks a <title> or <desc>");
                    continue;
                }
                List<String> labelledBy = new ArrayList<>(
                        List.of(svg.attr("aria-labelledby").trim().split("\\s+")));
                labelledBy.addAll(List.of(svg.attr("aria-describedby").trim().split("\\s+")));
                if (!labelledBy.contains(title.id()) || !labelledBy.contains(desc.id())) {
                    problems.add("chart " + name + " is not labelled by its title and description");
                }
                // The table alternative sits next to the figure, in the chart's own section (the
                // one-page timeline: its numbers are the rows of the action table in the same article).
                Element section = svg.closest("section");
                Element article = svg.closest("article");
                boolean table = section != null && !section.select("table").isEmpty()
                        || article != null && !article.select("table").isEmpty();
                if (svg.closest("figure") == null || !table) {
                    problems.add("chart " + name + " has no <figure> with a table alternative in its section");
                }
            }
            for (Element img : doc.select("img")) {
                if (!img.hasAttr("alt")) {
                    problems.add("img without alt: " + img.attr("src"));
                }
            }
        });
        assertTrue(charts[0] >= 4, "the example site has charts");
    }

    @Test
    void tablesHaveHeaderCells() throws IOException {
        check((doc, problems) -> {
            for (Element table : doc.select("table")) {
                if (table.select("th").isEmpty()) {
                    problems.add("table without header cells: "
                            + table.text()
                                    .substring(0, Math.min(60, table.text().length())));
                }
            }
        });
    }

    @Test
    void theThemeHasAVisibleFocusStyleADarkSchemeAndAPrintSheet() throws IOException {
        String css = Files.readString(site.resolve("assets/css/keyplan.css"), StandardCharsets.UTF_8);
        assertTrue(
                css.matches("(?s).*:focus-visible[^{]*\\{[^}]*outline:\\s*(?!none)[^;}]+.*"),
                "a visible focus outline");
        assertTrue(css.contains("prefers-color-scheme: dark"), "a dark colour scheme");
        assertTrue(css.contains(".skip-link:focus"), "the skip link shows when focused");
        String print = Files.readString(site.resolve("assets/css/print.css"), StandardCharsets.UTF_8);
        assertTrue(print.contains("@page"), "a print sheet with page rules");
        String charts = Files.readString(site.resolve("assets/css/charts.css"), StandardCharsets.UTF_8);
        assertTrue(
                charts.contains("prefers-color-scheme: dark") || css.contains(".kp-chart"),
                "chart colours follow the dark scheme");
    }

    private static void check(BiConsumer<Document, List<String>> rule) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            List<String> problems = new ArrayList<>();
            rule.accept(doc, problems);
            String file = tmp.relativize(page).toString();
            problems.forEach(p -> all.add(file + ": " + p));
        }
        assertTrue(all.isEmpty(), () -> all.size() + " problems:\n" + String.join("\n", all));
    }
}
