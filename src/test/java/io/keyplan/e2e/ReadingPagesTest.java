package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site's pages as written, for what the reading pages promise without a browser:
 * every scroll box of a table is reachable by keyboard and named, tables in the plan's own order
 * claim no sorted column, archived accounts show no health, quadrant or tier, objectives say
 * whether the target is met only when that is clear, and a percentage keeps its sign.
 */
class ReadingPagesTest {
    @TempDir
    static Path tmp;

    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() {
        site = ExampleBuild.build(tmp.resolve("site"));
        pages = new ArrayList<>(ExampleBuild.htmlPages(site));
        pages.addAll(ExampleBuild.htmlPages(ExampleBuild.build(tmp.resolve("public"), "--profile", "public")));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyTableScrollBoxTakesTheFocusAndHasAName() throws IOException {
        List<String> problems = new ArrayList<>();
        int boxes = 0;
        int markdown = 0;
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element box : d.select(".table-wrap")) {
                boxes++;
                markdown += box.hasClass("md-table-wrap") ? 1 : 0;
                if (!box.attr("tabindex").equals("0")
                        || !box.attr("role").equals("region")
                        || box.attr("aria-label").isBlank()) {
                    problems.add(tmp.relativize(p) + ": " + box.attributes());
                }
            }
            for (Element table : d.select("main table:not(.visually-hidden)")) {
                if (table.closest(".table-wrap") == null && table.closest(".print-doc") == null) {
                    problems.add(tmp.relativize(p) + ": a table outside a scroll box: " + table.className());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(boxes > 100 && markdown >= 2, boxes + " boxes, " + markdown + " around Markdown tables");
    }

    @Test
    void tablesInThePlansOwnOrderClaimNoSortedColumnAndGetTheirButtonsFromTheScript() throws IOException {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Path p : pages) {
            for (Element table : Jsoup.parse(p.toFile(), "UTF-8").select("table.reorderable")) {
                tables++;
                if (table.select("thead th[aria-sort]").size() > 1) {
                    problems.add(tmp.relativize(p) + ": more than one sorted column");
                }
                if (!table.select("button").isEmpty()) {
                    problems.add(tmp.relativize(p) + ": buttons that do nothing without JavaScript");
                }
                if (table.select("thead th").stream()
                        .anyMatch(th -> !th.attr("scope").equals("col"))) {
                    problems.add(tmp.relativize(p) + ": a heading without scope=col");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(tables > 20, tables + " re-orderable tables");
    }

    @Test
    void anAccountsActionPlanIsInDueDateOrderWithoutADateLast() throws IOException {
        for (Path p : pages) {
            Element plan = Jsoup.parse(p.toFile(), "UTF-8").selectFirst("#s-actions table");
            if (plan == null) {
                continue;
            }
            List<String> dues = plan.select("tbody tr").stream()
                    .map(r -> r.child(2).attr("data-sort"))
                    .toList();
            List<String> sorted = new ArrayList<>(dues);
            sorted.sort(
                    (a, b) -> a.isEmpty() || b.isEmpty() ? Boolean.compare(a.isEmpty(), b.isEmpty()) : a.compareTo(b));
            assertEquals(sorted, dues, p.toString());
        }
    }

    @Test
    void archivedAccountsShowNoHealthQuadrantOrTier() throws IOException {
        Element card = page("index.html").selectFirst(".cards-archived .card");
        assertNotNull(card);
        assertTrue(card.select(".card-figures .figure").isEmpty(), card.outerHtml());
        Document account = page("accounts/deltaport-terminals/index.html");
        assertTrue(account.text().contains("Archived"));
        assertTrue(account.select("main .health, main .quadrant, main .tier").isEmpty(), "no figure badges");
        Document print = page("accounts/deltaport-terminals/print.html");
        assertTrue(print.select(".print-health").isEmpty(), "no health on the printed cover");
        Document onePage = page("accounts/deltaport-terminals/one-page.html");
        assertTrue(onePage.select(".print-health").isEmpty(), "no health on the one-page plan");
        // An active account still shows all three.
        Document active = page("accounts/noordzee-foods/index.html");
        assertFalse(active.select("#s-figures .health").isEmpty());
        assertFalse(active.select("#s-figures .quadrant").isEmpty());
        assertFalse(active.select("#s-figures .tier").isEmpty());
    }

    @Test
    void objectivesSayWhetherTheTargetIsMetOnlyWhenThatIsClear() throws IOException {
        Element objectives = page("accounts/noordzee-foods/index.html").selectFirst("#s-objectives table");
        assertEquals("Target met?", objectives.select("thead th").last().text());
        for (Element row : objectives.select("tbody tr")) {
            String target = row.child(4).text();
            String met = row.child(6).text();
            if (target.equals("2,900,000")) {
                assertEquals("✗ Not met", met, "2,870,000 of 2,900,000");
            } else if (!target.matches("[0-9,.]+")) {
                assertEquals("", met, "a sentence is not judged: " + target);
            }
        }
        Element german = page("accounts/rheinwerk-chemie/index.html").selectFirst("#s-objectives table");
        assertTrue(german.select("tbody td:last-child").eachText().contains("✓ Met"), german.text());
    }

    @Test
    void aPercentageNeverBreaksFromItsSign() throws IOException {
        Document d = page("completeness/index.html");
        List<String> cells =
                d.select(".heat-pct").stream().map(Element::wholeText).toList();
        assertFalse(cells.isEmpty());
        for (String cell : cells) {
            assertTrue(cell.matches("\\d+\u00A0%"), "no-break space in '" + cell + "'");
        }
    }
}
