package io.keyplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.render.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts that took flexmark minutes or overflowed its stack (each from an attack on the build,
 * with variants), and big texts that a real plan could hold, which must stay within the limits.
 */
class MarkdownScanTest {
    private static final Markdown MARKDOWN = new Markdown();
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    static String repeat(String s, int length) {
        StringBuilder b = new StringBuilder(length + s.length());
        while (b.length() < length) {
            b.append(s);
        }
        b.setLength(length);
        return b.toString();
    }

    static String lines(int count, java.util.function.IntFunction<String> line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(line.apply(i)).append('\n');
        }
        return b.toString();
    }

    /** Name, text, the words the problem's message must hold. */
    static Stream<Arguments> overLimits() {
        return Stream.of(
                Arguments.of("www. repeated", repeat("www.a.", 120_000), "longer than"),
                // flexmark gathers the paragraph so far for every line that starts with a sign (found by fuzzing)
                Arguments.of("lines starting with '<'", lines(2_900, i -> "<filepa!s\u00f7d>"), "start with a sign"),
                Arguments.of("lines starting with '<!'", lines(2_900, i -> "<!x z"), "start with a sign"),
                Arguments.of("lines starting with '&'", lines(1_500, i -> "&x z"), "start with a sign"),
                // '#' without a space is no heading and '|' without a delimiter row is no table: one paragraph
                Arguments.of("#words in one paragraph", lines(2_000, i -> "#x [a *b [a *b"), "nested"),
                Arguments.of("pipes in one paragraph", lines(2_000, i -> "a | [a *b [a *b"), "nested"),
                Arguments.of("www. after a word", "Visit " + repeat("www.a.", 20_000), "longer than"),
                // flexmark's scheme pattern reads from each part to the end of the word (found by fuzzing)
                Arguments.of("www. words just under the length limit", lines(2, i -> repeat("www.a.", 996)), "parts"),
                Arguments.of("parts joined by dashes", "See " + "a-".repeat(41) + "b.", "parts"),
                Arguments.of("parts as entities", "a" + "&#46;a".repeat(41), "parts"),
                Arguments.of("unclosed links", repeat("[a](", 160_000), "longer than"),
                Arguments.of(
                        "unclosed links with spaces", repeat("[a]( ", 160_000), "emphasis marks and link brackets"),
                Arguments.of("unclosed links in emphasis", repeat("*[a](b ", 100_000), "nested"),
                Arguments.of("link titles", repeat("[a](b \"", 100_000), "emphasis marks and link brackets"),
                Arguments.of("brackets", repeat("[a]", 60_000), "longer than"),
                Arguments.of(
                        "10,000 reference definitions",
                        lines(10_000, i -> "[r" + i + "]: https://example.com/" + i),
                        "link references"),
                Arguments.of("10,000 empty reference definitions", repeat("[a]:\n", 50_000), "link references"),
                Arguments.of("references in a list", lines(2_000, i -> "- [r" + i + "]: x"), "link references"),
                Arguments.of("2,000-level list", lines(2_000, i -> "  ".repeat(i) + "- a"), "nested"),
                Arguments.of("list markers on one line", repeat("- ", 20_000) + "a", "nested"),
                Arguments.of("ordered markers on one line", repeat("1. ", 20_000) + "a", "nested"),
                Arguments.of("task items on one line", repeat("- [ ] ", 6_000), "nested"),
                Arguments.of("800 quote marks", ">".repeat(800) + " a", "nested"),
                Arguments.of("quote marks with spaces", repeat("> ", 1_000) + "a", "nested"),
                Arguments.of("quotes and lists", repeat("> - ", 1_000) + "a", "nested"),
                Arguments.of("tab-indented list", lines(100, i -> "\t".repeat(i) + "- a"), "nested"),
                Arguments.of("a run of stars", "*".repeat(20_000) + "a", "longer than"),
                Arguments.of("a shorter run of stars", "*".repeat(900) + "a", "nested"),
                Arguments.of("stars and words", repeat("*a ", 30_000), "nested"),
                Arguments.of("nested emphasis", "*a ".repeat(100) + "b" + "*".repeat(100), "nested"),
                Arguments.of("nested strong and emphasis", "**a _b ".repeat(30) + "c" + "_**".repeat(30), "nested"),
                Arguments.of("strikethrough runs", repeat("~~a ", 1_000), "nested"),
                Arguments.of("nested brackets", "[".repeat(5_000) + "a" + "]".repeat(5_000), "nested"),
                Arguments.of("nested images", "![".repeat(100) + "a" + "](x)".repeat(100), "nested"),
                Arguments.of("backticks", repeat("`a", 100_000), "longer than"),
                Arguments.of("backtick runs", stairs("`", 2_000), "longer than"),
                Arguments.of("long word of entities", repeat("&#", 50_000), "longer than"),
                Arguments.of(
                        "a table of 80,000 rows",
                        "| a | b |\n|---|---|\n" + repeat("| x | y |\n", 800_000),
                        "without a blank line"),
                Arguments.of(
                        "a quote with 100,000 lazy lines",
                        "> " + repeat("word word\n", 1_000_000),
                        "without a blank line"),
                Arguments.of("alternating quote and lazy lines", repeat("> a\nb\n", 1_000_000), "without a blank line"),
                Arguments.of(
                        "nested list items on 30,000 lines",
                        repeat("- ".repeat(31) + "a\n", 2_000_000),
                        "without a blank line"));
    }

    /** {@code `a``a```a...}: code spans that flexmark matches by looking ahead. */
    static String stairs(String s, int steps) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= steps; i++) {
            b.append(s.repeat(i)).append('a');
        }
        return b.toString();
    }

    @Test
    void wordsOfFortyPartsAndRealAddressesAreWithinTheLimits() {
        assertNull(MarkdownScan.check("See " + "a-".repeat(39) + "b."));
        assertNull(MarkdownScan.check(
                "https://contoso.sharepoint.com/:w:/r/sites/key-accounts/Shared%20Documents/2026/q3-business-review-"
                        + "alpenstrom-energie-final-v2.docx?d=w1a2b3c4&csf=1&web=1&e=AbCdEf"));
        assertNull(MarkdownScan.check("Contact anna.de-vries+kam@sales.example.co.uk or R&amp;D at www.example.com."));
        // A part is counted within a run of the characters a scheme may hold; a slash or colon starts a new run.
        assertNull(MarkdownScan.check(("a.b.c.d.e.f.g.h.i.j/").repeat(30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimits")
    void findsTheTextsThatFlexmarkCannotTakeInLinearTime(String name, String text, String words) {
        MarkdownScan.Problem p = assertTimeoutPreemptively(GENEROUS, () -> MarkdownScan.check(text));
        assertNotNull(p, name);
        assertTrue(p.message().contains(words), name + ": " + p.message());
        assertTrue(p.offset() >= 0 && p.offset() < text.length(), name);
        assertFalse(p.hint().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimits")
    void theRendererAloneReturnsQuicklyWithTheTextEscaped(String name, String text, String words) {
        String html = assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.block(text, false));
        assertTrue(html.startsWith("<p>"), name);
        assertFalse(html.contains("<a "), name);
        assertFalse(html.contains("<blockquote"), name);
        assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.block(text, true));
        assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.inline(text, false));
        assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.plainText(text));
    }

    @Test
    void overLimitTextIsShownEscaped() {
        String html = MARKDOWN.block(">".repeat(100) + " <script>alert(1)</script> & *x*", true);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void theLineOfTheProblemIsFound() {
        String text = "Intro\n\n" + "  ".repeat(40) + "- deep\n";
        MarkdownScan.Problem p = MarkdownScan.check("- a\n" + text);
        assertNotNull(p);
        assertEquals(("- a\n" + text).indexOf("  "), p.offset());
    }

    /** Quadratic parsing that the limits alone would not stop: it must be gone from the parser. */
    @Test
    void manyLinksCodeSpansAndReferencesInOneParagraphStayFast() {
        String links = repeat("see [the plan](https://example.com/plan) and `code` here ", 50_000);
        assertNull(MarkdownScan.check(links.replace("[", "").replace("]", "")));
        String backticks = repeat("`a` ", 200_000);
        assertNull(MarkdownScan.check(backticks));
        assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.block(backticks, false));
        String refs = lines(900, i -> "[r" + i + "]: https://example.com/" + i) + "\n"
                + repeat("[x][r1] and [y][r2] ", 20_000);
        assertNull(MarkdownScan.check(refs.substring(0, refs.indexOf("\n\n") + 2) + "text"));
        assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.block(refs, false));
    }

    @Test
    void bigRealisticTextsAreWithinTheLimitsAndFast() {
        String prose = repeat(
                "Noordzee Foods wants **fewer stoppages** on the *Urk* lines; see [the audit](https://example.com/audit-2026.pdf),"
                        + " www.noordzee.example and `OEE` figures.\nThe plant manager agrees.\n\n",
                1_000_000);
        String links = lines(2_000, i -> "- [Report " + i + "](reports/report-" + i + ".pdf) by _team " + i + "_");
        String table = "| customer | plan | owner |\n|---|---|---|\n"
                + lines(2_000, i -> "| **Customer " + i + "** | [plan](plan-" + i + ".md) | _owner_ |");
        String nested = lines(20, i -> "  ".repeat(i % 10) + "- level " + i % 10) + "\n" + "> > > - quoted list\n";
        String url =
                "Our portal: https://sharepoint.example.com/sites/kam/Shared%20Documents/" + "x".repeat(600) + "?web=1";
        String references =
                lines(500, i -> "[r" + i + "]: https://example.com/" + i) + "\n" + repeat("[x][r1] ", 2_000);
        for (String text : List.of(prose, links, table, nested, url, references)) {
            assertNull(MarkdownScan.check(text), () -> String.valueOf(MarkdownScan.check(text)));
            String html = assertTimeoutPreemptively(GENEROUS, () -> MARKDOWN.block(text, false));
            assertTrue(html.contains("<a ") || html.contains("<li>"), html.substring(0, Math.min(200, html.length())));
        }
    }

    @Test
    void theExampleContentIsWithinTheLimits() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .toList()) {
                assertNull(MarkdownScan.check(Files.readString(f)), f.toString());
            }
        }
    }

    @Test
    void longLinesStartingWithASignCountByTheirParagraphsLength() {
        // 500 lines of 100 characters, each starting with '(': under MAX_SIGN_LINES, but flexmark
        // gathers the paragraph so far for each, 12 million characters in all (as in the fuzzer's find).
        String line = "(" + "x".repeat(98) + "\n";
        MarkdownScan.Problem p = MarkdownScan.check(line.repeat(500));
        assertNotNull(p);
        assertTrue(p.message().contains("too many long lines that start with a sign"), p.message());
        // A long paragraph of ordinary lines, and short paragraphs of such lines, stay within it.
        assertNull(MarkdownScan.check(("x" + "y".repeat(98) + "\n").repeat(2_000)));
        assertNull(MarkdownScan.check((line.repeat(100) + "\n").repeat(20)));
    }
}
