package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-text shortcut of {@link Markdown#inline} must give exactly what flexmark gives. */
class MarkdownShortcutTest {
    private final Markdown md = new Markdown();

    @Test
    void plainWordsTakeTheShortcutAndMatchFlexmark() {
        for (String s : List.of("Head of Procurement", "CFO", "Renewal 2027 (index 3.1 %)", "Müller-Lüdenscheidt GmbH",
                "Koen's team; 4/5 sites", "x = 3 + 4", "Ünal", "12 sites", "2027", "Straße 5, Köln.", "Why? Because.")) {
            assertTrue(Markdown.isPlainLine(s), s);
            assertEquals(md.parsedInline(s, false), md.inline(s, false), s);
            assertEquals(md.parsedInline(s, true), md.inline(s, true), s);
        }
    }

    @Test
    void markupGoesThroughFlexmark() {
        for (String s : List.of("1. first", "2) second", "- item", "+ item", "# title", "**bold**", "a_b_c", "see www.acme.com",
                "WWW.ACME.COM", "mail a@b.nl", "https://x.nl", "a <b>", "AT&T", "say \"hi\"", "line\nbreak", "tab\there",
                "`code`", "[link](x)", "a\\*b", "~~gone~~", ">quote", "![img](x.png)", "")) {
            assertFalse(Markdown.isPlainLine(s.strip()), s);
        }
    }

    @Test
    void randomPlainLinesMatchFlexmark() {
        String alphabet = "abcXYZ019 ,.;?'()/%-+=éßÖ€";
        Random r = new Random(42);
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(14);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            if (!s.isBlank() && Markdown.isPlainLine(s.strip())) {
                checked++;
                assertEquals(md.parsedInline(s, false), md.inline(s, false), "'" + s + "'");
            }
        }
        assertTrue(checked > 1000, "too few plain samples: " + checked);
    }
}
