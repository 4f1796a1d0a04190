package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every page of the example site, internal and public build, passes the Nu HTML Checker (the W3C
 * validator) without errors. Warnings are not failures: the checker warns about things that are
 * deliberate here (see {@link Collector#warning}); CSS messages about {@code var()} are a
 * limitation of the checker's CSS part (see {@link Collector#error}).
 */
class HtmlValidityTest {
    @TempDir
    static Path tmp;

    static Path internal;
    static Path published;

    @BeforeAll
    static void build() {
        internal = ExampleBuild.build(tmp.resolve("internal"));
        published = ExampleBuild.build(tmp.resolve("public"), "--profile", "public");
    }

    @Test
    void everyInternalPageIsValidHtml() throws Exception {
        assertValid(internal);
    }

    @Test
    void everyPublicPageIsValidHtml() throws Exception {
        assertValid(published);
    }

    /** The pages made from git history (history pages, changes page, ages and trends), from a fixture. */
    @Test
    void everyPageWithGitHistoryIsValidHtml() throws Exception {
        Path site = io.keyplan.render.HistorySite.write(tmp.resolve("history"));
        List<String> errors = check(site, io.keyplan.render.HistorySite.pages(site));
        assertTrue(errors.isEmpty(), () -> errors.size() + " validator errors:\n" + String.join("\n", errors));
    }

    /**
     * A task item with blank lines in it: flexmark wrote its later paragraphs, heading and list
     * inside the checkbox's paragraph, and a closing tag that matched nothing.
     */
    @Test
    void aTaskItemWithBlankLinesIsValidHtml() throws Exception {
        String body = new io.keyplan.render.Markdown()
                .block(
                        "- [ ] Call the buyer\n\n  She wants a *second* offer.\n\n  ## Before the call\n\n"
                                + "  - check the price\n\n- [x] Send the offer\n\n  > by mail\n",
                        false);
        Path dir = Files.createDirectories(tmp.resolve("task-items"));
        Path page = dir.resolve("index.html");
        Files.writeString(
                page,
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tasks</title></head>"
                        + "<body><main>" + body + "</main></body></html>\n");
        List<String> errors = check(dir, List.of(page));
        assertTrue(
                errors.isEmpty(),
                () -> errors.size() + " validator errors:\n" + String.join("\n", errors) + "\n" + body);
    }

    /** The checker set up this way does report errors, also after a valid page: the test can fail. */
    @Test
    void theCheckerReportsMistakesInEveryPage() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.copy(internal.resolve("index.html"), dir.resolve("a.html"));
        Files.writeString(
                dir.resolve("b.html"),
                "<!DOCTYPE html><html lang=en><title>x</title>"
                        + "<p id=x>one</p><p id=x>two</p><img src=a.png><span><div>block</div></span>");
        List<String> errors = check(dir, ExampleBuild.htmlPages(dir));
        assertTrue(errors.stream().allMatch(e -> e.startsWith("b.html:1:")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("alt")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("div")), errors::toString);
    }

    private static void assertValid(Path site) throws Exception {
        List<Path> pages = ExampleBuild.htmlPages(site);
        assertTrue(pages.size() >= 5, "the site has its pages");
        List<String> errors = check(site, pages);
        assertTrue(errors.isEmpty(), () -> errors.size() + " validator errors:\n" + String.join("\n", errors));
    }

    static List<String> check(Path site, List<Path> pages) throws Exception {
        Collector errors = new Collector(site);
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (Path page : pages) {
            errors.current = page;
            validator.checkHtmlFile(page.toFile(), true);
        }
        if (System.getProperty("keyplan.printHtmlWarnings") != null) {
            errors.warnings.forEach(System.out::println);
        }
        return errors.lines;
    }

    /** Collects errors as {@code file:line:column: message}. */
    private static final class Collector implements ErrorHandler {
        final List<String> lines = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Path site;
        Path current;

        Collector(Path site) {
            this.site = site;
        }

        /**
         * Ignored: the checker's warnings are advice (e.g. "consider adding a lang attribute" on
         * fragments, or the "section lacks heading" outline hint), not conformance errors.
         */
        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        /**
         * The checker's built-in CSS validator cannot resolve custom properties inside shorthand
         * values ({@code box-shadow: var(--shadow)} is valid CSS, and every browser applies it), so
         * those CSS messages are not template errors. Only the 404 page inlines its CSS.
         */
        @Override
        public void error(SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.startsWith("CSS:") && m.contains("\u201cvar(--")) {
                warnings.add(format(e));
                return;
            }
            lines.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            lines.add(format(e));
        }

        private String format(SAXParseException e) {
            String file = current == null
                    ? String.valueOf(e.getSystemId())
                    : site.relativize(current).toString();
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
