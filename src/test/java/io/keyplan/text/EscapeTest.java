package io.keyplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both escape sets character by character, what XML 1.0 forbids, and what is left as it is. */
class EscapeTest {
    @Test
    void eachSpecialCharacterInText() {
        assertEquals("&amp;", Escape.text("&"));
        assertEquals("&lt;", Escape.text("<"));
        assertEquals("&gt;", Escape.text(">"));
        assertEquals("&quot;", Escape.text("\""));
        assertEquals("'", Escape.text("'"), "flexmark leaves the apostrophe in text");
        assertEquals("AT&amp;T &lt;b&gt; &quot;Sons&quot; O'Neill", Escape.text("AT&T <b> \"Sons\" O'Neill"));
    }

    @Test
    void eachSpecialCharacterInAnAttribute() {
        assertEquals("&amp;", Escape.attribute("&"));
        assertEquals("&lt;", Escape.attribute("<"));
        assertEquals("&gt;", Escape.attribute(">"));
        assertEquals("&quot;", Escape.attribute("\""));
        assertEquals("&#39;", Escape.attribute("'"), "as Pebble writes it, not &apos;");
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;O&#39;Neill &amp; Co&lt;/a&gt;",
                Escape.attribute("<a href=\"x\">O'Neill & Co</a>\u0007"));
    }

    /** An entity is text like any other: written again it must read as it was typed. */
    @Test
    void entitiesAreEscapedAgain() {
        assertEquals("&amp;amp; &amp;#38; &amp;lt;", Escape.text("&amp; &#38; &lt;"));
        assertEquals("https://x.nl/?a=1&amp;b=2", Escape.attribute("https://x.nl/?a=1&b=2"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "Müller-Lüdenscheidt GmbH, 4/5 sites (index 3.1 %)";
        assertSame(s, Escape.text(s));
        assertSame(s, Escape.attribute(s));
    }

    @Test
    void surrogatePairsAreKept() {
        assertEquals("😀 ok 𝄞", Escape.text("😀 ok 𝄞"));
        assertEquals("&lt;😀&gt;", Escape.attribute("<😀>"));
        assertEquals("\uD83D\uDE00\uD83D\uDE00", Escape.text("\uD83D\uDE00\uD83D\uDE00"));
    }

    /** XML 1.0 has no place for these, not even as a character reference. */
    @Test
    void forbiddenCharactersAreDropped() {
        assertEquals("ab", Escape.text("a\u0000b"));
        assertEquals("ab", Escape.attribute("a\u0001\u0007\u000B\u000C\u001B\u001Fb"));
        assertEquals(
                "lone high, lone low, reversed ",
                Escape.text("lone high\uD83D, lone low\uDE00, reversed \uDE00\uD83D"));
        assertEquals("end", Escape.text("end\uD83D"));
        assertEquals("xy", Escape.attribute("x\uFFFEy\uFFFF"));
        assertEquals("&amp;", Escape.text("\u0000&\u0000"));
    }

    @Test
    void allowedWhiteSpaceAndOtherCharactersAreKept() {
        assertEquals("tab\tlf\ncr\r", Escape.text("tab\tlf\ncr\r"));
        assertEquals("del\u007F c1\u0085\u009F", Escape.text("del\u007F c1\u0085\u009F"), "allowed in XML 1.0");
        assertEquals(
                "nbsp\u00A0 bom\uFEFF repl\uFFFD ls\u2028",
                Escape.attribute("nbsp\u00A0 bom\uFEFF repl\uFFFD ls\u2028"));
    }

    @Test
    void nullAndEmpty() {
        assertEquals("", Escape.text(null));
        assertEquals("", Escape.attribute(null));
        assertEquals("", Escape.text(""));
        assertEquals("", Escape.attribute(""));
        assertEquals("", Escape.text("\u0000"));
    }

    /** The attribute set is the templates' own: KeyPlan's markup and Pebble's write a value with the same bytes. */
    @Test
    void attributeWritesWhatPebblesAutoescaperWrites() throws IOException {
        PebbleTemplate template =
                new PebbleEngine.Builder().loader(new StringLoader()).build().getTemplate("{{ v }}");
        String[] pieces = {
            "a", "Z", "0", " ", "&", "<", ">", "\"", "'", "&amp;", "&#39;", "é", "’", "\u00A0", "€", "😀", "\t", "\n",
            "\u0085", "\u2028"
        };
        Random random = new Random(5);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            StringWriter out = new StringWriter();
            template.evaluate(out, Map.of("v", b.toString()));
            assertEquals(out.toString(), Escape.attribute(b.toString()), b::toString);
        }
    }
}
