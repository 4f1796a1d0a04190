package io.keyplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Escape#script}: a JSON string literal that no text can break out of, in a file or a script element. */
class ScriptEscapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHostileTextStaysOneStringAndReadsBackAsItself() throws Exception {
        for (String s : List.of(
                "</script><script>alert(1)</script>",
                "<!-- <script>",
                "\"; alert(1); \"",
                "back\\slash \\u0041",
                "line\nbreak\r\ttab \u0000 \u001f \u007f",
                "Coopérative Céréalis, Straße, 😀",
                "para\u2028graph\u2029end",
                "]]> & &amp; <b>")) {
            String literal = Escape.script(s);
            assertEquals(s, JSON.readValue(literal, String.class), literal);
            for (String c : List.of("<", ">", "&", "\u2028", "\u2029", "\n", "\r", "\u0000")) {
                assertFalse(literal.contains(c), literal + " holds " + c);
            }
        }
    }

    @Test
    void onlyWhatMustBeEscapedIs() {
        assertEquals("\"Coopérative Céréalis\"", Escape.script("Coopérative Céréalis"));
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\\"x\\\" \\\\\"", Escape.script("</script> & \"x\" \\"));
        assertEquals("\"a\\u2028b\\u2029c\"", Escape.script("a\u2028b\u2029c"));
        assertEquals("\"\"", Escape.script(null));
    }

    @Test
    void aLoneSurrogateIsDroppedAndAPairKept() {
        assertEquals("\"ab\"", Escape.script("a\uD800b"));
        assertEquals("\"ab\"", Escape.script("a\uDC00b"));
        assertEquals("\"a\uD83D\uDE00b\"", Escape.script("a\uD83D\uDE00b"));
        assertEquals("\"a\"", Escape.script("a\uD83D"));
    }
}
