package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.model.SourceSpan;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void columnsCountCharactersNotUtf16Units() {
        String text = "first line\nan \uD83D\uDE00 emoji, then [a link](x)\n";
        int offset = text.indexOf("[a link]");
        // "an " (3) + the emoji (one character, two UTF-16 units) + " emoji, then " (13) = 17 characters
        // before it: column 18 (19 if the emoji counted twice).
        assertEquals(new SourceSpan("f.md", 2, 18), SourceText.at("f.md", text, offset));
    }

    @Test
    void linesEndAtLineFeedsAndLoneCarriageReturns() {
        String text = "a\r\nb\rc\nd";
        assertEquals(new SourceSpan("f.md", 4, 1), SourceText.at("f.md", text, text.indexOf('d')));
        assertEquals(new SourceSpan("f.md", 3, 1), SourceText.at("f.md", text, text.indexOf('c')));
    }
}
