package io.keyplan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/** The fuzz tests' oracles must catch what they are for: an oracle that cannot fail is a defect. */
class FuzzOraclesTest {

    @Test
    void schemesAreReadAsABrowserReadsThem() {
        assertEquals("javascript", BrowserUrl.scheme("javascript:alert(1)"));
        assertEquals("javascript", BrowserUrl.scheme("  JaVaScRiPt:alert(1)"));
        assertEquals("javascript", BrowserUrl.scheme("\u0001\u0000 javascript:alert(1)\n"));
        assertEquals("javascript", BrowserUrl.scheme("java\tscr\nipt\r:alert(1)"));
        assertEquals("data", BrowserUrl.scheme("data:text/html,<script>"));
        assertEquals("file", BrowserUrl.scheme("file:///etc/passwd"));
        assertEquals("view-source", BrowserUrl.scheme("view-source:https://x"));
        assertEquals("", BrowserUrl.scheme("notes/visit.html"));
        assertEquals("", BrowserUrl.scheme("./javascript:alert(1)"), "a path, not a scheme");
        assertEquals("", BrowserUrl.scheme("1javascript:alert(1)"), "a scheme starts with a letter");
        assertEquals("", BrowserUrl.scheme("java script:alert(1)"), "a space inside ends the scheme");
        assertEquals("", BrowserUrl.scheme("java\u00A0script:alert(1)"));
        assertEquals("", BrowserUrl.scheme("//example.com/x"));
        assertEquals("", BrowserUrl.scheme("#top"));
        assertEquals("", BrowserUrl.scheme(""));
        assertTrue(BrowserUrl.isSafe("https://example.com"));
        assertTrue(BrowserUrl.isSafe("mailto:jan@example.com"));
        assertTrue(BrowserUrl.isSafe("TEL:+31"));
        assertFalse(BrowserUrl.isSafe("vbscript:msgbox"));
        assertFalse(BrowserUrl.isSafe("ftp://example.com"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<p>x<SCRIPT src=//evil></SCRIPT></p>",
                "<img src=x onerror=alert(1)>",
                "<b OnMouseOver='alert(1)'>x</b>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"javascript:alert(1)&#10;\">x</a>",
                "<a href=\"&#1;javascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
                "<img srcset=\"ok.png 1x, data:image/svg+xml,x 2x\">",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<svg><animate attributeName=\"href\" values=\"https://ok;javascript:alert(1)\"/></svg>",
                "<form action=\"javascript:alert(1)\"></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<div style=\"background:u\\72l('javascript:alert(1)')\">x</div>",
                "<div style=\"width:expression(alert(1))\">x</div>",
                "<style>@import 'javascript:alert(1)';</style>",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<object data=\"javascript:alert(1)\"></object>",
                "<a href=\"file:///etc/passwd\">x</a>",
            })
    void unsafeHtmlIsCaught(String html) {
        assertFalse(ScriptFreeHtml.problems(html).isEmpty(), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>We are <strong>strong</strong>. <a href=\"notes/visit.html\">visit</a></p>",
                "<a href=\"https://example.com/a?b=c#d\">x</a> <a href=\"mailto:a@b.c\">m</a> <a href=\"tel:+31\">t</a>",
                "<img src=\"img/logo.png\" alt=\"javascript:alert(1) as text\">",
                "<p>&lt;script&gt;alert(1)&lt;/script&gt; and onerror=alert(1) as text</p>",
                "<a href=\"./javascript:alert(1)\">a relative path</a>",
                "<div style=\"color:red\">x</div>",
                "<img srcset=\"a.png 1x, b.png 2x\">",
                "<table class=\"md-table\"><tr><td>1</td></tr></table>",
            })
    void safeHtmlPasses(String html) {
        assertEquals(List.of(), ScriptFreeHtml.problems(html), html);
    }

    @Test
    void aNameIsFoundInEveryFormAReaderTakesForIt() {
        Pattern name = NameOracle.namePattern("Hendrik Zwartkop");
        assertNotNull(name);
        for (String html : List.of(
                "<p>We met Hendrik Zwartkop.</p>",
                "<p>We met Hendrik <strong>Zwartkop</strong>.</p>",
                "<p>We met HENDRIK ZWARTKOP.</p>",
                "<p>We met Hendrik&nbsp;Zwartkop.</p>",
                "<p>We met Hendrik\u200BZwartkop.</p>",
                "<p>We met Hendrik Zwar\u00ADtkop.</p>",
                "<p>We met Hendrik Zwar&shy;tkop.</p>",
                "<p>We met Zwartkop, Hendrik.</p>",
                "<p>We met <a href=\"https://example.com\">Hendrik</a> Zwartkop.</p>",
                "<p>We met Ｈｅｎｄｒｉｋ Ｚｗａｒｔｋｏｐ.</p>",
                "<p>We met Hendrik\n   Zwartkop.</p>",
                "<p><a href=\"https://example.com/people/hendrik-zwartkop\">profile</a></p>",
                "<p><a href=\"https://example.com/?q=Hendrik%20Zwartkop\">search</a></p>",
                "<p><a href=\"mailto:hendrik.zwartkop@example.com\">mail</a></p>",
                "<p>see www.example.com/hendrik_zwartkop</p>",
                "<p><img alt=\"Hendrik Zwartkop\" src=\"x.png\"></p>",
                "<p title=\"Hendrik **Zwartkop**\">x</p>")) {
            assertTrue(NameOracle.ofHtml(html).stream().anyMatch(t -> NameOracle.find(name, t) != null), html);
        }
        Pattern accented = NameOracle.namePattern("Zoë O'Brien");
        assertNotNull(NameOracle.find(accented, "zoe\u0308 O\u2019BRIEN"), "decomposed accents, curly apostrophe");
        Pattern three = NameOracle.namePattern("Anna de Boer");
        assertNotNull(NameOracle.find(three, "Boer, Anna de"));
        assertNotNull(NameOracle.find(three, "de Boer, Anna"));
    }

    @Test
    void aNameEscapedInAScriptIsFoundAsTheBrowserReadsIt() {
        Pattern name = NameOracle.namePattern("Anna Schmidt");
        String script = "window.x={\"t\":\"Anna\\u0020Schmidt\",\"u\":\"\\u0041nna Schmidt\"};";
        assertNull(NameOracle.find(name, script), "escaped, the raw file hides the name");
        assertNotNull(NameOracle.find(name, NameOracle.ofScript(script)));
        assertEquals("a & \"b\" \\ c\nd", NameOracle.ofScript("a \\u0026 \\\"b\\\" \\\\ c\\nd"));
    }

    @Test
    void otherWordsAreNotTakenForTheName() {
        Pattern name = NameOracle.namePattern("Ann Lee");
        for (String text : List.of("Joann Leeds", "Ann Leeway", "Lee Ann", "Ann. Lee", "[name withheld]")) {
            assertNull(NameOracle.find(name, text), text);
        }
        assertNull(NameOracle.namePattern("Lee"), "one word is a surname, not a name");
        assertNull(NameOracle.namePattern("A B"), "too short to tell apart from ordinary words");
        assertNull(NameOracle.namePattern("Anna 42"), "not letters");
    }

    @Test
    void budgetPassesResultsAndFailuresThroughAndStopsHangs() {
        assertEquals("ok", Budget.run("quick", () -> "ok"));
        assertThrows(
                IllegalStateException.class,
                () -> Budget.run("throws", () -> {
                    throw new IllegalStateException("boom");
                }));
        assertThrows(
                StackOverflowError.class,
                () -> Budget.run("recurses", () -> recurse(0)),
                "runs on a build-sized stack");
        assertThrows(
                AssertionFailedError.class,
                () -> Budget.run("busy", () -> {
                    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                    long until = cpu.getCurrentThreadCpuTime() + Budget.PER_INPUT.toNanos() * 3;
                    long spins = 0;
                    while (cpu.getCurrentThreadCpuTime() < until) {
                        spins++;
                    }
                    return spins;
                }),
                "three seconds of CPU for one input");
        assertEquals(
                "long",
                Budget.run("long input", 64 * 1024, () -> {
                    spin(Budget.PER_INPUT.toMillis() * 3 / 2);
                    return "long";
                }),
                "a second per 32 KB");
        assertEquals(
                "woke",
                Budget.run("waits", () -> {
                    Thread.sleep(Budget.PER_INPUT.toMillis() + 200);
                    return "woke";
                }),
                "waiting is not work: only CPU counts");
    }

    @Test
    void growthFailsWhatIsQuadraticInTheTextAndPassesWhatIsLinear() {
        Duration floor = Duration.ofMillis(100);
        // CPU spun in proportion to the length (or its square): 200 ms at 32 KB, as Budget counts it.
        Function<String, Object> linear = text -> spin(200 * text.length() / 32_768);
        Function<String, Object> quadratic = text -> spin(200L * text.length() * text.length() / 32_768 / 32_768);
        Growth.check("linear", "abcd", 32_768, floor, linear);
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class, () -> Growth.check("quadratic", "abcd", 32_768, floor, quadratic));
        assertTrue(e.getMessage().contains("quadratic on the input repeated to 32768 characters used"), e.getMessage());
        assertTrue(e.getMessage().contains("grows faster than the text"), e.getMessage());
        Growth.check(
                "cheap", "abcd", 32_768, floor, text -> spin(50L * text.length() * text.length() / 32_768 / 32_768));
    }

    private static long spin(long millis) {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = cpu.getCurrentThreadCpuTime() + millis * 1_000_000;
        long spins = 0;
        while (cpu.getCurrentThreadCpuTime() < until) {
            spins++;
        }
        return spins;
    }

    @Test
    void findingsShowInvisibleCharactersAndCutLongInputs() {
        assertEquals("a\\u0009b\\u200Bc", Findings.shown("a\tb\u200Bc"));
        assertEquals("x".repeat(400) + "... (401 characters)", Findings.shown("x".repeat(401)));
    }

    @Test
    void findingsOfDifferentKindsHaveDifferentStacks() {
        int a = stackDepth("unsafe URL in <a href>");
        assertEquals(a, stackDepth("unsafe URL in <a href>"));
        assertTrue(
                a != stackDepth("a <script> element") || a != stackDepth("an event handler"),
                "Jazzer keeps one finding per stack trace");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Findings.fail("kind", "what happened"));
        assertEquals("[kind] what happened", e.getMessage());
    }

    private static int stackDepth(String kind) {
        return assertThrows(AssertionFailedError.class, () -> Findings.fail(kind, "x"))
                .getStackTrace()
                .length;
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    /**
     * Jazzer runs the seeds it finds and, without them, only an empty input: a renamed test or
     * folder would pass silently with no seed at all.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "io/keyplan/load/ContentLoaderFuzzTestInputs/accountYaml",
                "io/keyplan/render/MarkdownFuzzTestInputs/markdown",
                "io/keyplan/profile/PublicProfileFuzzTestInputs/redaction"
            })
    void everyFuzzTestHasItsSeedCorpus(String folder) throws IOException {
        Path dir = Path.of("src/test/resources").resolve(folder);
        assertTrue(Files.isDirectory(dir), "missing " + dir);
        try (Stream<Path> seeds = Files.list(dir)) {
            assertTrue(seeds.count() >= 20, "fewer than 20 seeds in " + dir);
        }
    }
}
