package io.keyplan.bench;

import io.keyplan.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the search box in headless Chromium (bench/search): a built site's front page
 * opened from {@code file://}, {@code /} pressed, and the times search.js records in
 * {@code window.keyplanSearchTimings}: loading MiniSearch and the index (script elements), making
 * the index searchable (MiniSearch.loadJS), and each query (search and drawing the results). Each run is a fresh page load,
 * so nothing is cached in the page. Prints a Markdown table.
 *
 * <p>Arguments: the site folder, the number of runs (default 5).
 */
public final class SearchBench {
    private static final List<String> QUERIES =
            List.of("schmi", "cerealis", "hofmann", "procurement", "customer 5", "monitoring platform");

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path tmp = Files.createTempDirectory("keyplan-search-bench");
        String url = site.resolve("index.html").toUri().toString();
        List<double[]> rows = new ArrayList<>();
        try (Chromium chromium = Chromium.open(tmp, site.resolve("index.html").toUri())) {
            Chromium.Page page = chromium.page("/index.html");
            for (int r = 0; r < runs; r++) {
                page.navigate(url + "?run=" + r);
                page.waitFor("!document.querySelector('.site-search').hidden");
                key(page);
                page.waitFor("window.keyplanSearchTimings && window.keyplanSearchTimings.ready > 0");
                double[] row = new double[4 + QUERIES.size()];
                row[0] = number(page, "keyplanSearchTimings.loaded");
                row[1] = number(page, "keyplanSearchTimings.indexed");
                row[2] = number(page, "keyplanSearchTimings.ready");
                double worst = 0;
                for (int q = 0; q < QUERIES.size(); q++) {
                    page.evaluate("(function () { var i = document.getElementById('site-search-input');"
                            + " i.value = ''; keyplanSearchTimings.query = -1; })()");
                    page.send("Input.insertText", "{\"text\":" + Chromium.Page.json(QUERIES.get(q)) + "}");
                    page.waitFor("keyplanSearchTimings.query >= 0");
                    row[4 + q] = number(page, "keyplanSearchTimings.query");
                    worst = Math.max(worst, row[4 + q]);
                }
                row[3] = row[2] + worst;
                rows.add(row);
                System.err.printf(Locale.ROOT, "run %d: %s%n", r + 1, java.util.Arrays.toString(row));
            }
        }
        System.out.println("| measure (ms, median of " + runs + " page loads) | value |");
        System.out.println("|---|---|");
        print("load MiniSearch and the index (script elements, JSON.parse)", rows, 0);
        print("make the index searchable (MiniSearch.loadJS of the build's index)", rows, 1);
        print("ready: from the first key press to searchable", rows, 2);
        for (int q = 0; q < QUERIES.size(); q++) {
            print("query \"" + QUERIES.get(q) + "\": search and draw the results", rows, 4 + q);
        }
        print("first key press to the slowest query's results", rows, 3);
    }

    private static void key(Chromium.Page page) throws Exception {
        String common = "\"key\":\"/\",\"code\":\"Slash\",\"windowsVirtualKeyCode\":191,\"nativeVirtualKeyCode\":191";
        page.send("Input.dispatchKeyEvent", "{\"type\":\"keyDown\"," + common + ",\"text\":\"/\"}");
        page.send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"," + common + "}");
    }

    private static double number(Chromium.Page page, String expression) throws Exception {
        return Double.parseDouble(page.value("String(" + expression + ")").replace("\"", ""));
    }

    private static void print(String label, List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "| %s | %.0f |%n", label, median);
    }
}
