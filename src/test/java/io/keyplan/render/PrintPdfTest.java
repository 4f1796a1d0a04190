package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Status;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed views as real PDFs: headless Chromium prints the example portfolio, poppler's
 * pdfinfo and pdftotext read the result. Skipped where Chromium is not installed.
 */
class PrintPdfTest {
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    static Path tmp;

    static Path site;
    static Content content;

    @BeforeAll
    static void renderExampleSite() throws IOException {
        Assumptions.assumeTrue(onPath("chromium"), "Chromium not installed: skipping print tests");
        Assumptions.assumeTrue(
                onPath("pdfinfo") && onPath("pdftotext"), "poppler-utils not installed: skipping print tests");
        content = ExampleContent.load();
        site = tmp.resolve("site");
        TestSite.render(content).saveTo(site);
    }

    @Test
    void everyOnePagePlanIsExactlyOnePageWithNameAndNextActions() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Account a : content.accounts()) {
            Path html = site.resolve("accounts/" + a.slug() + "/one-page.html");
            Path pdf = print(html, a.slug() + "-one-page.pdf");
            int pages = pages(pdf);
            if (pages != 1) {
                failures.add(a.slug() + ": " + pages + " pages");
            }
            String text = flat(run("pdftotext", pdf.toString(), "-"));
            if (!text.contains(flat(a.plan().name()))) {
                failures.add(a.slug() + ": name missing");
            }
            Document d = Jsoup.parse(html.toFile(), "UTF-8");
            List<String> actions =
                    d.select(".one-actions tbody td:nth-child(2)").eachText();
            assertFalse(
                    actions.isEmpty()
                            && a.plan().actions().stream()
                                    .anyMatch(x -> x.effectiveStatus().code().equals("open")),
                    a.slug() + " has open actions, the page must list them");
            for (String action : actions) {
                if (!text.contains(flat(action))) {
                    failures.add(a.slug() + ": action missing: " + action);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void fullestPlanPrintsOnSeveralPagesWithEverySectionTitle() throws Exception {
        Path html = site.resolve("accounts/noordzee-foods/print.html");
        Path pdf = print(html, "noordzee-full.pdf");
        int pages = pages(pdf);
        assertTrue(pages >= 4, "the whole plan takes several pages, got " + pages);
        String text = flat(run("pdftotext", pdf.toString(), "-"));
        List<String> titles =
                Jsoup.parse(html.toFile(), "UTF-8").select("section.print-section:not(.print-reviews) > h2").stream()
                        .map(h -> h.ownText())
                        .toList();
        assertEquals(16, titles.size());
        for (String title : titles) {
            assertTrue(text.contains(flat(title)), "section title on paper: " + title);
        }
        assertTrue(text.contains("Approved by"), "signature block printed");
        assertTrue(text.matches(".*\\b" + pages + " ?/ ?" + pages + "\\b.*"), "page numbers in the margin");
    }

    @Test
    void bookletHasCoverContentsMatrixAndOnePagePerActiveAccount() throws Exception {
        Path pdf = print(site.resolve("portfolio/booklet.html"), "booklet.pdf");
        long active = content.accounts().stream()
                .filter(a -> a.plan().effectiveStatus() != Status.ARCHIVED)
                .count();
        assertEquals(3 + active, pages(pdf), "cover, contents, matrix, then one page per account");
        // Each account starts on the page the table of contents promises.
        String third = flat(run("pdftotext", "-f", "4", "-l", "4", pdf.toString(), "-"));
        Account first = content.accounts().stream()
                .filter(a -> a.plan().effectiveStatus() != Status.ARCHIVED)
                .findFirst()
                .orElseThrow();
        assertTrue(third.contains(flat(first.plan().name())), third);
    }

    private static Path print(Path html, String name) throws Exception {
        Path pdf = tmp.resolve(name);
        run(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profile"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                html.toUri().toString());
        assertTrue(Files.size(pdf) > 0, "PDF written for " + html);
        return pdf;
    }

    private static int pages(Path pdf) throws Exception {
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        assertTrue(m.find(), "pdfinfo reports pages");
        return Integer.parseInt(m.group(1));
    }

    /** Runs a command with a time limit so a hanging browser cannot stall the build; returns its output. */
    private static String run(String... command) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command[0] + " failed: " + text);
        return text;
    }

    /** Whitespace and soft line breaks as the PDF text layer has them, folded to single spaces. */
    private static String flat(String s) {
        return s.replace('\u00a0', ' ')
                .replace("\u00ad", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
