package io.keyplan.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyplan.model.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list of findings is capped with a count of the rest; terminal controls are never printed as they are. */
class CapAndEscapeTest {
    private static Diagnostic error(String file, int line) {
        return new Diagnostic(Severity.ERROR, new SourceSpan(file, line, 1), "type", "bad " + line, "fix it");
    }

    @Test
    void oneFileWithHundredsOfThousandsOfErrorsKeepsTheFirstHundred() {
        Diagnostics d = new Diagnostics();
        for (int i = 180_000; i >= 1; i--) {
            d.add(error("a.yaml", i));
        }
        List<Diagnostic> all = d.all();
        assertEquals(Diagnostics.PER_FILE, all.size());
        assertEquals(1, all.get(0).at().line());
        assertEquals(100, all.get(99).at().line());
        assertEquals(180_000, d.errorCount());
        assertTrue(d.hasErrors());
        assertEquals(179_900, d.omitted());
        assertEquals(1, d.fileCount());
    }

    @Test
    void manyFilesKeepTheFirstThousandInReadingOrder() {
        Diagnostics d = new Diagnostics();
        for (int f = 0; f < 50; f++) {
            for (int i = 1; i <= 60; i++) {
                d.add(error(String.format("f%02d.yaml", f), i));
                d.warning(new SourceSpan(String.format("f%02d.yaml", f), i, 2), "stale-plan", "w");
            }
        }
        assertEquals(Diagnostics.IN_ALL, d.all().size());
        assertEquals(6000 - 1000, d.omitted());
        assertEquals(3000, d.errorCount());
        assertEquals(3000, d.warningCount());
        assertEquals(50, d.fileCount());
        assertEquals("f00.yaml", d.all().get(0).at().file());
        assertEquals("f09.yaml", d.all().get(999).at().file(), "ten files of 100 each");
    }

    @Test
    void warningsOverTheCapAreNoErrors() {
        Diagnostics d = new Diagnostics();
        for (int i = 0; i < 5000; i++) {
            d.warning(new SourceSpan("w.yaml", i + 1, 1), "stale-plan", "w");
        }
        assertFalse(d.hasErrors());
        assertEquals(4900, d.omitted());
        Diagnostics strict = d.strict();
        assertTrue(strict.hasErrors());
        assertEquals(5000, strict.errorCount());
        assertEquals(4900, strict.omitted());
        Diagnostics sum = new Diagnostics();
        sum.addAll(d);
        sum.addAll(strict);
        assertEquals(5000, sum.errorCount());
        assertEquals(5000, sum.warningCount());
        assertEquals(9900, sum.omitted(), "the first 100 of w.yaml are kept");
    }

    /** Parallel stages add in any order: the kept list is always the same. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void theKeptFindingsDoNotDependOnTheOrderTheyCameIn(int seed) throws InterruptedException {
        List<Diagnostic> items = new ArrayList<>();
        for (int f = 0; f < 30; f++) {
            for (int i = 0; i < 150; i++) {
                items.add(error("f" + f + ".yaml", i % 70));
                items.add(new Diagnostic(
                        Severity.ERROR, new SourceSpan("f" + f + ".yaml", i % 70, 1), "enum", "bad " + (i % 70), null));
            }
        }
        Diagnostics sorted = new Diagnostics();
        items.forEach(sorted::add);
        Collections.shuffle(items, new Random(seed));
        Diagnostics shuffled = new Diagnostics();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (List<Diagnostic> part :
                List.of(items.subList(0, 3000), items.subList(3000, 6000), items.subList(6000, 9000))) {
            pool.submit(() -> part.forEach(shuffled::add));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(sorted.all(), shuffled.all());
        assertEquals(sorted.omitted(), shuffled.omitted());
    }

    @Test
    void everyFormatSaysHowManyWereLeftOut() throws Exception {
        Diagnostics d = new Diagnostics();
        for (int i = 1; i <= 250; i++) {
            d.add(error("a.yaml", i));
        }
        String text = TextFormat.format(d.all(), d.omitted());
        assertTrue(
                text.endsWith("... and 150 more findings not shown (at most 100 per file and 1000 in all are listed):"
                        + " fix these and check again\n"),
                text);
        assertEquals(201, text.lines().count(), "100 findings, 100 hints, one closing line");
        String github = GithubFormat.format(d.all(), "", d.omitted());
        assertTrue(
                github.endsWith("::notice title=more-findings::... and 150 more findings not shown"
                        + " (at most 100 per file and 1000 in all are listed): fix these and check again\n"),
                github);
        JsonNode json =
                new ObjectMapper().readTree(JsonFormat.format(d.all(), d.errorCount(), d.warningCount(), d.omitted()));
        assertEquals(250, json.get("errors").asInt());
        assertEquals(150, json.get("omitted").asInt());
        assertEquals(100, json.get("diagnostics").size());
        String md = StepSummary.markdown(d.all(), "x", d.omitted());
        assertTrue(md.contains("\n... and 150 more findings not shown"), md);
        assertFalse(TextFormat.format(List.of(error("a", 1)), 0).contains("more findings"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u001B[2J\u001B[31mred",
                "\u001B]0;title\u0007",
                "over\rwrite",
                "nl\nforged: error: x",
                "\u009B31m",
                "abc\u202Eexe.yaml",
                "\u2066iso\u2069",
                "del\u007F",
                "bell\u0007",
                "ls\u2028ps\u2029",
                "rlm\u200F"
            })
    void terminalControlsAreShownAsCodes(String name) throws Exception {
        Diagnostic d = new Diagnostic(
                Severity.ERROR,
                new SourceSpan("content/accounts/" + name + "/account.yaml", 3, 4),
                "slug",
                "the account folder '" + name + "' is not a valid name",
                "rename '" + name + "'");
        String text = TextFormat.format(List.of(d), 0);
        String github = GithubFormat.format(List.of(d), "", 0);
        String json = JsonFormat.format(List.of(d));
        String md = StepSummary.markdown(List.of(d), "x");
        for (String out : List.of(text, github, json, md)) {
            out.chars()
                    .forEach(c -> assertTrue(
                            c == '\n' || !Printable.isUnsafe((char) c), () -> String.format("U+%04X in %s", c, out)));
        }
        assertEquals(2, text.lines().count(), text);
        assertEquals(1, github.lines().count(), github);
        assertTrue(text.contains(Printable.escape(name)), text);
        assertEquals(
                name,
                new ObjectMapper()
                        .readTree(json)
                        .get("diagnostics")
                        .get(0)
                        .get("file")
                        .asText()
                        .replace("content/accounts/", "")
                        .replace("/account.yaml", ""),
                "tools read the same name");
    }

    @Test
    void codesAreReadable() {
        assertEquals("\\x1B[2J", Printable.escape("\u001B[2J"));
        assertEquals("a\\u202Eb", Printable.escape("a\u202Eb"));
        assertEquals("\\x9B", Printable.escape("\u009B"));
        assertEquals("Zoë 😀 ok", Printable.escape("Zoë 😀 ok"));
    }
}
