package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.testing.Growth;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Markdown as plain text (search index, cards, one-page plan) costs time in step with its length. */
class MarkdownPlainTextTest {
    private final Markdown md = new Markdown();

    /** The pattern before the fix: the same matches, but quadratic on a run of spaces without a break. */
    private static final Pattern PLAIN_BREAK_WITH_SPACE = Pattern.compile("\\s*\\R\\s*");

    @Test
    void aLongRunOfSpacesCostsLinearTime() {
        // A note with 40,000 spaces on one line took half a minute to build, 80,000 two minutes.
        Growth.check("spaces in a paragraph", " ", 100_000, spaces -> md.plainText("**Start**" + spaces + "end."));
        Growth.check(
                "spaces in a table's header, its label",
                " ",
                100_000,
                spaces -> md.block("| **x**" + spaces + "y | b |\n|---|---|\n| a | z |\n", false));
        assertEquals("Start" + " ".repeat(5) + "end.", md.plainText("**Start**" + " ".repeat(5) + "end."));
    }

    @Test
    void aLineBreakAndTheSpacesAroundItBecomeOneSpace() {
        assertEquals("Start and end.", md.plainText("Start   \n   and *end*."));
        assertEquals("a b c", md.plainText("*a*\t\nb \u2028 c"));
        assertEquals("a b", md.plainText("*a*\u2029\r\nb"));
    }

    @Test
    void aListWithAnUnclosedCodeFenceDoesNotStopTheBuild() {
        // flexmark's text collector threw an IllegalStateException here, also without -ea: a
        // mission statement like this one stopped the build as an internal problem.
        assertEquals(")", md.plainText("- )\n  1. ```\n \n "));
        assertEquals("word&*", md.plainText("word<http://x.y>&amp;\\*"));
    }

    @Test
    void emphasisAtTheEndOfALineLeavesNoMarkers() {
        // flexmark's text collector copied the closing markers before a line break (search, cards, one-page plan).
        assertEquals("risk and more", md.plainText("- *risk*\n  and more"));
        assertEquals("Risk: the plant may close b c", md.plainText("- **Risk:**  \n  the plant may close\n- *b*\n  c"));
        assertEquals("Start and end.", md.plainText("**Start** \n   and end."));
        assertEquals("Start and end.", md.plainText("**Start**   \nand end."));
        assertEquals("quote more", md.plainText("> *quote*\n> more"));
        assertEquals("a b c d", md.plainText("*a* \n  b ~~c~~ \n  d"));
        assertEquals("x y z", md.plainText("1. x ~~y~~\n   z"));
        // The same copy took the source of an entity before the break instead of its character.
        assertEquals("R&D and more", md.plainText("- R&amp;D\n  and more"));
        assertEquals("Why: *not* this", md.plainText("Why: \\*not\\* \n  this"));
    }

    @Test
    void breakWithSpaceFindsWhatThePlainPatternFound() {
        char[] alphabet = {' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', 'a', '\u00A0', '\u001F'
        };
        Random random = new Random(24);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertEquals(
                    PLAIN_BREAK_WITH_SPACE.matcher(text).replaceAll(" "),
                    io.keyplan.markdown.PlainTextCollector.BREAK_WITH_SPACE
                            .matcher(text)
                            .replaceAll(" "),
                    () -> text.chars()
                            .mapToObj(c -> String.format("\\u%04X", c))
                            .reduce("", String::concat));
        }
    }
}
