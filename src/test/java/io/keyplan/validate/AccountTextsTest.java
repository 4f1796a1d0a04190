package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one pass over an account's texts finds exactly what the Markdown-limit check and the link
 * check find when each reads every text on its own: same rules, lines, columns and messages.
 */
class AccountTextsTest {
    /** Quotes nested deeper than the renderer allows. */
    private static final int OVER_NESTING = io.keyplan.markdown.MarkdownScan.MAX_BLOCK_NESTING + 2;

    @TempDir
    Path tmp;

    /** Each finding with its rule, place, message and hint. */
    private static List<String> shown(Diagnostics d) {
        return d.all().stream().map(x -> x.rule() + " " + x + " / " + x.hint()).toList();
    }

    @Test
    void findsWhatTheTwoChecksFindOneAfterTheOther() throws IOException {
        Path acme = Files.createDirectories(tmp.resolve("accounts/acme"));
        Files.createDirectories(acme.resolve("notes"));
        String deep = ">".repeat(OVER_NESTING) + " deep";
        Files.writeString(
                acme.resolve("account.yaml"),
                String.join(
                        "\n",
                        "name: Acme",
                        "owner: Jan",
                        "overview:",
                        "  why_key: \"See [the file](../../../etc/passwd)\"",
                        "swot:",
                        "  strengths:",
                        "    - \"" + deep + " and [x](javascript:alert(1))\"",
                        "    - \"[fine](https://example.com)\"",
                        "  weaknesses:",
                        "    - \"[x](file:///etc/passwd)\"",
                        "key_players:",
                        "  - name: Eva",
                        "    notes: \"[up](/root)\"",
                        ""));
        Files.writeString(acme.resolve("swot.md"), "Intro\n\nSee [x](../../../etc/passwd) and ![i](/logo.png).\n");
        Files.writeString(acme.resolve("mission.md"), "[x](/etc/passwd)\n\n" + deep + "\n");
        Files.writeString(acme.resolve("ambition.md"), "Fine [x](https://example.com), bad [y](C:\\plans\\a.docx)\n");
        Files.writeString(
                acme.resolve("notes/2026-05-01-call.md"),
                "---\ntitle: Call\ndate: 2026-05-01\n---\nSee [p](../../../../x.html)\n");
        Diagnostics loading = new Diagnostics();
        Content c = new ContentLoader().load(tmp, LocalDate.of(2026, 6, 1), loading);

        Diagnostics apart = new Diagnostics();
        MarkdownLimits.check(c, apart);
        LinkChecks.check(c, apart);
        Diagnostics once = new Diagnostics();
        c.accounts().forEach(a -> AccountTexts.check(a, c.portal().allowHtml(), once));

        List<String> expected = shown(apart);
        assertEquals(expected, shown(once));
        assertTrue(expected.stream().anyMatch(s -> s.contains("too-complex")), expected.toString());
        assertEquals(2, expected.stream().filter(s -> s.contains("swot.md")).count(), expected.toString());
        assertEquals(
                List.of("too-complex"),
                once.all().stream()
                        .filter(x -> x.at().file().endsWith("mission.md"))
                        .map(Diagnostic::rule)
                        .toList());
        assertTrue(expected.stream().anyMatch(s -> s.contains("ambition.md")), expected.toString());
        assertTrue(expected.stream().anyMatch(s -> s.contains("2026-05-01-call.md")), expected.toString());
        assertTrue(expected.stream().anyMatch(s -> s.contains("account.yaml:4:")), expected.toString());
        assertTrue(expected.stream().anyMatch(s -> s.contains("account.yaml:10:")), expected.toString());
        // A text over the limits is reported as such, never handed to the link check.
        assertTrue(
                expected.stream().noneMatch(s -> s.contains("account.yaml:7:") && s.contains("javascript")),
                expected.toString());
    }
}
