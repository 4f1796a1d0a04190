package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-text shortcuts of {@link Markdown} must give exactly what flexmark gives. */
class MarkdownShortcutTest {
    private final Markdown md = new Markdown();

    @Test
    void plainWordsTakeTheShortcutAndMatchFlexmark() {
        for (String s : List.of(
                "Head of Procurement",
                "CFO",
                "Renewal 2027 (index 3.1 %)",
                "Müller-Lüdenscheidt GmbH",
                "Koen's team; 4/5 sites",
                "x = 3 + 4",
                "Ünal",
                "12 sites",
                "2027",
                "Straße 5, Köln.",
                "Why? Because.",
                "UK & Ireland",
                "Inbound -> production -> storage",
                "Say \"hi\"",
                "Note: call back",
                "Price € 5 million",
                "Issue #12!",
                "Margin 3–4 % (’26)",
                "Up 2x ^ {est.} $")) {
            assertTrue(Markdown.isPlainLine(s), s);
            assertEquals(md.parsedInline(s, false), md.inline(s, false), s);
            assertEquals(md.parsedInline(s, true), md.inline(s, true), s);
            assertEquals(md.parsedBlock(s, false), md.block(s, false), s);
            assertEquals(flexmarkPlainText(s), md.plainText(s), s);
        }
    }

    @Test
    void markupGoesThroughFlexmark() {
        for (String s : List.of(
                "1. first",
                "2) second",
                "- item",
                "+ item",
                "# title",
                "**bold**",
                "a_b_c",
                "see www.acme.com",
                "WWW.ACME.COM",
                "mail a@b.nl",
                "https://x.nl",
                "ftp://x",
                "a <b>",
                "AT&T",
                "a &amp; b",
                "a &#38; b",
                "line\nbreak",
                "tab\there",
                "no\u00a0break",
                "zero\u200bwidth",
                "`code`",
                "[link](x)",
                "a\\*b",
                "~~gone~~",
                ">quote",
                "![img](x.png)",
                "")) {
            assertFalse(Markdown.isPlainLine(s.strip()), s);
        }
    }

    @Test
    void randomPlainLinesMatchFlexmark() {
        Random r = new Random(42);
        int checked = 0;
        for (int n = 0; n < 40_000; n++) {
            String s = randomLine(r);
            if (!s.isBlank() && Markdown.isPlainLine(s.strip())) {
                checked++;
                assertEquals(md.parsedInline(s, false), md.inline(s, false), "'" + s + "'");
                assertEquals(md.parsedInline(s, true), md.inline(s, true), "'" + s + "'");
                assertEquals(flexmarkPlainText(s), md.plainText(s), "'" + s + "'");
            }
        }
        assertTrue(checked > 2000, "too few plain samples: " + checked);
    }

    /** Several lines and paragraphs, as narratives and longer fields are written. */
    @Test
    void randomPlainParagraphsMatchFlexmark() {
        Random r = new Random(7);
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int lines = 1 + r.nextInt(5);
            for (int i = 0; i < lines; i++) {
                String line = randomLine(r);
                // Mostly plain lines, so that many texts are plain as a whole; now and then any line.
                for (int tries = 0; tries < 30 && r.nextInt(10) > 0 && !Markdown.isPlainLine(line); tries++) {
                    line = randomLine(r);
                }
                b.append(line).append(r.nextInt(4) == 0 ? "\n\n" : r.nextInt(8) == 0 ? "\r\n" : "\n");
            }
            String s = b.toString();
            if (Markdown.plainParagraphs(s) != null) {
                checked++;
                assertEquals(md.parsedBlock(s, false), md.block(s, false), "'" + s + "'");
                assertEquals(md.parsedBlock(s, true), md.block(s, true), "'" + s + "'");
            }
        }
        assertTrue(checked > 1000, "too few plain samples: " + checked);
    }

    @Test
    void markupInAnyParagraphGoesThroughFlexmark() {
        for (String s : List.of(
                "One\n\n- item",
                "One\n# head",
                "One\n  indented",
                "One  \ntwo",
                "One\n\n    code",
                "One\n=== ",
                "a | b\n--|--\n1 | 2",
                "a\n\u3000\nb",
                "a\n\u2003\nb",
                "a\n\u000b\nb")) {
            assertEquals(null, Markdown.plainParagraphs(s), s);
            assertEquals(md.parsedBlock(s, false), md.block(s, false), s);
        }
    }

    /** Words, punctuation with and without a meaning in Markdown, and pieces of links and entities. */
    private static String randomLine(Random r) {
        String[] pieces = {
            "a", "b", "X", "Z", "0", "1", "9", " ", " ", ",", ".", ";", "?", "'", "(", ")", "/", "%", "-", "+", "=",
            "!", "$", "^", "{", "}", "#", ":", "&", ">", "\"", "é", "ß", "Ö", "€", "’", "–", "//", "www.", "http",
            "amp;", "*", "_", "<", "@", "|", "`", "~", "[", "]", "\\", "\u00a0", "1.", "2)"
        };
        StringBuilder b = new StringBuilder();
        int len = 1 + r.nextInt(14);
        for (int i = 0; i < len; i++) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** What {@link Markdown#plainText} gives without its shortcut. */
    private String flexmarkPlainText(String s) {
        return md.plainText(s + "\n\n*x*").replaceAll("\\nx$", "");
    }
}
