package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Severity;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters a web page may not hold are left out of every value when it is read, each with a
 * warning at the character itself (the start of its escape in a double-quoted YAML text); a
 * vertical tab or form feed becomes a line break in Markdown and a space in a one-line value.
 * The fixture has such characters in each kind of file: portal.yaml, account.yaml (escapes and a
 * raw noncharacter; a raw control character is a YAML syntax error already), a narrative, a
 * note and a free page (raw characters in the body, an escape in the front matter).
 */
class ControlCharactersTest {
    static final Path FIXTURE = Path.of("src/test/resources/load/control-characters");
    private static final String F = FIXTURE.toString().replace('\\', '/') + "/";
    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;

    private static String show(Diagnostic d) {
        return d.at().file().substring(F.length()) + ":" + d.at().line() + ":" + d.at().column() + " "
                + d.severity().label() + " " + d.rule() + " " + d.message();
    }

    @Test
    void everyCharacterIsAWarningAtItsPlace() {
        Diagnostics d = new Diagnostics();
        new ContentLoader().load(FIXTURE, DATE, d);
        String left = " warning control-character an invisible control character (";
        String other = " warning control-character a character that web pages may not hold (";
        assertEquals(
                List.of(
                        "accounts/acme/account.yaml:1:12" + left + "\\x07) was left out",
                        "accounts/acme/account.yaml:3:17 warning control-character"
                                + " an invisible line break character (\\x0B) was made a space",
                        "accounts/acme/account.yaml:3:23" + left + "\\x85) was left out",
                        "accounts/acme/account.yaml:6:23 warning control-character"
                                + " an invisible line break character (\\x0C) was made a space",
                        "accounts/acme/account.yaml:9:12" + other + "\\uFDD1) was left out",
                        "accounts/acme/account.yaml:11:25" + left + "\\x1B) was left out",
                        "accounts/acme/notes/review.md:2:15" + left + "\\x1B) was left out",
                        "accounts/acme/notes/review.md:5:5" + left + "\\x02) was left out",
                        "accounts/acme/notes/review.md:6:5" + left + "\\x7F) was left out",
                        "accounts/acme/swot.md:1:7" + left + "\\x01) was left out",
                        "accounts/acme/swot.md:3:6 warning control-character"
                                + " an invisible line break character (\\x0B) was made a line break",
                        "accounts/acme/swot.md:3:17 warning control-character"
                                + " an invisible line break character (\\x0C) was made a line break",
                        "accounts/acme/swot.md:3:26" + left + "\\x80) was left out",
                        "accounts/acme/swot.md:3:27" + left + "\\x9F) was left out",
                        "accounts/acme/swot.md:3:32" + other + "\\uFDEF) was left out",
                        "pages/how.md:2:12" + left + "\\x03) was left out",
                        "pages/how.md:7:5" + left + "\\x1F) was left out",
                        "pages/how.md:7:12" + other + "\\U0001FFFE) was left out",
                        "portal.yaml:1:12" + left + "\\x01) was left out",
                        "portal.yaml:2:19" + other + "\\uFDD0) was left out"),
                d.all().stream().map(ControlCharactersTest::show).toList());
        assertFalse(d.hasErrors(), "only warnings: a build that worked before still works");
        // An escape was written on purpose; a character as itself most likely pasted.
        assertEquals(
                "a web page cannot show this character: take the escape out of the text in quotes",
                d.all().get(0).hint());
        assertTrue(
                d.all().get(4).hint().contains("pasted from another program"),
                d.all().get(4).hint());
        assertTrue(
                d.all().get(7).hint().contains("pasted from another program"),
                d.all().get(7).hint());
        // --strict makes them errors, as every warning.
        assertTrue(d.strict().all().stream().allMatch(x -> x.severity() == Severity.ERROR));
    }

    @Test
    void theValuesAreCleaned() {
        Content c = new ContentLoader().load(FIXTURE, DATE, new Diagnostics());
        assertEquals("Key Accounts", c.portal().title());
        assertEquals("Acme Services", c.portal().organisation());
        Account a = c.accounts().get(0);
        assertEquals("Acme Corp", a.plan().name());
        assertEquals("Steel and iron", a.plan().industry());
        assertEquals("first line second", a.plan().overview().whyKey());
        assertEquals("Renew the contract.\n", a.plan().overview().expectations().shortTerm());
        assertEquals(List.of("ok", "bad"), a.plan().swot().strengths());
        assertEquals(
                "Strong brand.\n\nShift\nEnter line\n and C1  end.\n",
                a.narratives().get(SectionId.SWOT).markdown());
        assertEquals("Review of Q3", a.notes().get(0).title());
        assertEquals("All  good.\r\nNext.\n", a.notes().get(0).markdown());
        assertEquals("How we work", c.pages().get(0).title());
        assertEquals("# Heading\n\nBody text .\n", c.pages().get(0).markdown());
    }

    /** {@code build --cache}: a folder read from the cache gives the same warnings as one read from the disk. */
    @Test
    void theLoadersCacheKeepsTheWarnings() {
        Path cacheDir = tmp.resolve("cache");
        List<String> plain = new ArrayList<>();
        Diagnostics d0 = new Diagnostics();
        Content c0 = new ContentLoader().load(FIXTURE, DATE, d0);
        d0.all().forEach(x -> plain.add(x.toString()));
        for (int run = 0; run < 2; run++) {
            LoadCache cache = LoadCache.open(cacheDir, "test-code");
            Diagnostics d = new Diagnostics();
            Content c = new ContentLoader(null, cache).load(FIXTURE, DATE, d);
            cache.save();
            assertEquals(run == 0 ? 0 : 1, cache.counts().reused(), "the second load reuses the folder");
            assertEquals(plain, d.all().stream().map(Diagnostic::toString).toList());
            assertEquals(c0.accounts(), c.accounts());
        }
    }

    @Test
    void whichCharactersAreForbidden() {
        for (int cp : new int[] {
            0, 1, 8, 0x0B, 0x0C, 0x0E, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,
            0xD800, 0xDFFF
        }) {
            assertTrue(io.keyplan.text.ControlText.isForbidden(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'\t', '\n', '\r', ' ', '~', 0xA0, 0xFDCF, 0xFDF0, 0xFFFD, 0x2028, 0x1F600, 0x10FFFD}) {
            assertFalse(io.keyplan.text.ControlText.isForbidden(cp), Integer.toHexString(cp));
        }
        assertEquals("\\x01", io.keyplan.diagnostic.Printable.code(1));
        assertEquals("\\x9F", io.keyplan.diagnostic.Printable.code(0x9F));
        assertEquals("\\uFDD0", io.keyplan.diagnostic.Printable.code(0xFDD0));
        assertEquals("\\U0010FFFF", io.keyplan.diagnostic.Printable.code(0x10FFFF));
    }

    @Test
    void cleaningLeavesOutOrBreaks() {
        String plain = "Grüße,\tnaïve 😀 text\r\n";
        assertSame(plain, io.keyplan.text.ControlText.clean(plain, true));
        assertEquals(-1, io.keyplan.text.ControlText.firstForbidden(plain));
        assertEquals("ab c\nd", io.keyplan.text.ControlText.clean("a\u0001b\u000Bc\nd\u0085", false));
        assertEquals("ab\nc\nd", io.keyplan.text.ControlText.clean("a\u0001b\u000Bc\nd\u0085", true));
        assertEquals("😀x", io.keyplan.text.ControlText.clean("😀\uD800x\uDBFF\uDFFF", true));
        assertEquals(2, io.keyplan.text.ControlText.firstForbidden("😀\uFFFF"));
    }

    /** The quick scan finds what a plain walk over the code points finds, on random texts. */
    @Test
    void theScanFindsWhatTheRuleSays() {
        java.util.Random random = new java.util.Random(5);
        char[] pieces = {
            'a', ' ', '\n', '\r', '\t', '\\', 0, 0x0B, 0x1F, 0x7E, 0x7F, 0x85, 0x9F, 0xA0, 0xD7FF, 0xD800, 0xD83D,
            0xDE00, 0xDFFF, 0xE000, 0xFDD0, 0xFDEF, 0xFFFD, 0xFFFE, 0xFFFF, 0xD83F, 0xDFFE
        };
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int expected = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (io.keyplan.text.ControlText.isForbidden(cp)) {
                    expected = i;
                    break;
                }
                i += Character.charCount(cp);
            }
            assertEquals(expected, io.keyplan.text.ControlText.firstForbidden(text), text);
        }
    }

    private static List<String> yamlWarnings(String yaml, List<YamlNode.Mapping> root) throws LoadProblem {
        List<LoadProblem> found = new ArrayList<>();
        root.add(SafeYamlReader.parse("x.yaml", yaml, 0, found));
        return found.stream()
                .map(p -> (p.warning ? "w " : "e ") + p.line + ":" + p.column + " " + p.getMessage())
                .toList();
    }

    /** Both readers' values are cleaned: the quick one's ({@code \0}) and SnakeYAML's ({@code \x01}, flow, keys). */
    @Test
    void bothYamlReadersAndKeysAreCleaned() throws LoadProblem {
        List<YamlNode.Mapping> root = new ArrayList<>();
        assertEquals(
                List.of("w 1:9 an invisible control character (\\x00) was left out"),
                yamlWarnings("name: \"a\\0b\"\n", root));
        assertEquals("ab", ((YamlNode.Scalar) root.get(0).get("name")).text());
        root.clear();
        assertEquals(
                List.of(
                        "w 1:2 an invisible control character (\\x01) was left out",
                        "w 2:9 an invisible control character (\\x02) was left out",
                        "w 2:13 an invisible control character (\\x03) was left out"),
                yamlWarnings("\"\\x01k\": v\nl: {a: \"\\x02\\x03\"}\n", root));
        assertEquals("k", root.get(0).entries().get(0).key().text());
    }

    /** Two escapes that stand for the same character, and one written as itself before them. */
    @Test
    void eachCharacterIsFoundInTurn() throws LoadProblem {
        List<YamlNode.Mapping> root = new ArrayList<>();
        assertEquals(
                List.of(
                        "w 1:8 an invisible control character (\\x01) was left out",
                        "w 1:15 an invisible control character (\\x01) was left out",
                        "w 2:3 an invisible control character (\\x01) was left out"),
                yamlWarnings("name: \"\\x01\\\"a\\u0001 b\n  \\x01\"\n", root));
        assertEquals("\"a b ", ((YamlNode.Scalar) root.get(0).get("name")).text());
    }

    /** A file full of them: the first hundred are listed, one more warning counts the rest. */
    @Test
    void manyAreCountedNotListed() throws LoadProblem {
        List<YamlNode.Mapping> root = new ArrayList<>();
        List<String> w = yamlWarnings("name: \"" + "\\x01".repeat(250) + "\"\n", root);
        assertEquals(Diagnostics.PER_FILE + 1, w.size());
        assertTrue(w.contains("w 1:408 150 more invisible characters were left out of this file"), w::toString);
        Diagnostics d = new Diagnostics();
        String md = "x" + "\u0001".repeat(250);
        assertEquals("x", ControlCharacters.markdown(md, md, "a.md", d));
        assertEquals(Diagnostics.PER_FILE + 1, d.warningCount());
    }
}
