package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown over the limits is a content error at the file and line where it starts, found by
 * {@code validate} in a few seconds at most, so that {@code build} never reaches flexmark with it.
 */
class MarkdownLimitsTest {
    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final String PLAN = "name: Acme\nowner: Ann\nstatus: active\nstage: exploratory\n";

    @TempDir
    Path root;

    private List<String> validate() {
        Diagnostics d = new Diagnostics();
        assertTimeoutPreemptively(GENEROUS, () -> {
            Content c = new ContentLoader().load(root, LocalDate.of(2026, 6, 1), d);
            ContentValidator.validate(c, d);
        });
        return d.all().stream()
                .filter(x -> "too-complex".equals(x.rule()))
                .map(Diagnostic::toString)
                .toList();
    }

    private Path account(String yaml) throws IOException {
        Path dir = Files.createDirectories(root.resolve("accounts/acme"));
        Files.writeString(dir.resolve("account.yaml"), yaml);
        return dir;
    }

    private void narrative(String name, String text) throws IOException {
        Files.writeString(account(PLAN).resolve(name), text);
    }

    private static String repeat(String s, int length) {
        StringBuilder b = new StringBuilder(length + s.length());
        while (b.length() < length) {
            b.append(s);
        }
        b.setLength(length);
        return b.toString();
    }

    private void assertOne(List<String> found, String fileAndLine, String words) {
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains(fileAndLine), found.toString());
        assertTrue(found.get(0).contains(words), found.toString());
    }

    @Test
    void wwwRepeatedTo120KbIsAnErrorAtItsLine() throws IOException {
        narrative("swot.md", "# SWOT\n\nStrong brand.\n\n" + repeat("www.a.", 120_000) + "\n");
        assertOne(validate(), "accounts/acme/swot.md:5:1", "longer than 1000 characters");
    }

    @Test
    void unclosedLinksTo160KbAreAnErrorAtTheirColumn() throws IOException {
        narrative("why.md", "Why: " + repeat("[a](", 160_000));
        assertOne(validate(), "accounts/acme/why.md:1:6", "longer than");
        narrative("why.md", "Why:\n" + repeat("[a]( ", 160_000));
        assertOne(validate(), "accounts/acme/why.md:2:", "link brackets");
    }

    @Test
    void tenThousandReferenceDefinitionsAreAnError() throws IOException {
        StringBuilder b = new StringBuilder("Intro\n\n");
        for (int i = 0; i < 10_000; i++) {
            b.append("[r").append(i).append("]: https://example.com/").append(i).append('\n');
        }
        narrative("swot.md", b.toString());
        assertOne(validate(), "accounts/acme/swot.md:1003:1", "more than 1000 link references");
    }

    @Test
    void deepListsAndQuotesAreAnErrorAtTheContentFileNotInATemplate() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            list.append("  ".repeat(i)).append("- a\n");
        }
        narrative("swot.md", list.toString());
        assertOne(validate(), "accounts/acme/swot.md:33:1", "nested more than 32 levels");
        narrative("swot.md", "Text\n\n" + ">".repeat(800) + " deep\n");
        assertOne(validate(), "accounts/acme/swot.md:3:1", "nested more than 32 levels");
        narrative("swot.md", "Text\n\n" + "- ".repeat(1_000) + "deep\n");
        assertOne(validate(), "accounts/acme/swot.md:3:1", "nested");
    }

    @Test
    void linesAreCountedInTheFileBelowTheFrontMatter() throws IOException {
        Path notes = Files.createDirectories(account(PLAN).resolve("notes"));
        Files.writeString(
                notes.resolve("2026-05-01-review.md"),
                "---\ntitle: Review\ndate: 2026-05-01\n---\nMinutes\n\n" + "*a ".repeat(100) + "\n");
        assertOne(validate(), "accounts/acme/notes/2026-05-01-review.md:7:", "nested");
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(
                root.resolve("pages/how-we-work.md"), "---\ntitle: How\n---\r\n\r\n" + ">".repeat(100) + "\r\n");
        assertEquals(2, validate().size());
        assertTrue(
                validate().get(1).contains("pages/how-we-work.md:5:1"),
                validate().toString());
    }

    @Test
    void freeTextInAccountYamlIsCheckedAtItsValue() throws IOException {
        account(PLAN + "overview:\n  why_key: \"" + repeat("www.a.", 5_000) + "\"\n");
        assertOne(validate(), "accounts/acme/account.yaml:6:", "longer than");
        account(PLAN + "swot:\n  strengths:\n    - fine\n    - \"" + ">".repeat(200) + " x\"\n");
        assertOne(validate(), "accounts/acme/account.yaml:", "nested");
        account(PLAN + "actions:\n  - action: \"" + "*a ".repeat(60) + "\"\n    owner: Ann\n    due: 2026-07-01\n");
        assertOne(validate(), "accounts/acme/account.yaml:", "nested");
    }

    /** The link check must not parse what the limits refused: flexmark would take minutes on these. */
    @Test
    void hangCasesInAccountYamlAreReportedWithoutBeingParsedForLinks() throws IOException {
        for (String text : List.of(
                repeat("[a](", 160_000),
                "https://" + repeat("www.a.", 120_000),
                repeat("[a](<", 160_000),
                repeat("![a](", 160_000))) {
            account(PLAN + "overview:\n  why_key: \"" + text + "\"\n");
            assertOne(validate(), "accounts/acme/account.yaml:6:", "longer than");
        }
    }

    @Test
    void bigLegitimateNarrativesPassQuickly() throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append("Noordzee Foods wants **fewer stoppages**; see [the audit](audit.pdf) and www.example.com.\n\n");
        }
        for (int i = 0; i < 2_000; i++) {
            b.append("- [Report ")
                    .append(i)
                    .append("](https://example.com/r/")
                    .append(i)
                    .append(")\n");
        }
        narrative("swot.md", b.toString());
        assertEquals(List.of(), validate());
    }
}
