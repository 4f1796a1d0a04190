package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page's text turned into UTF-8 once: the bytes the file writer's strict encoder wrote, and its refusals. */
class PageTextTest {

    /** What the file writer (an OutputStreamWriter on a strict UTF-8 encoder) made of the same text. */
    private static byte[] strict(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder())) {
            w.write(s);
        }
        return bytes.toByteArray();
    }

    private static byte[] page(String... pieces) {
        try (PageText t = PageText.open()) {
            for (int i = 0; i < pieces.length; i++) {
                // Pebble writes a template's text as characters and a printed value as a string.
                if (i % 2 == 0) {
                    t.write(pieces[i].toCharArray());
                } else {
                    t.write(pieces[i]);
                }
                t.flush();
            }
            return t.utf8("accounts/acme/index.html");
        }
    }

    @Test
    void encodesEveryKindOfCharacterAsTheFileWriterDid() throws IOException {
        String[] cases = {
            "",
            "<p>plain ASCII</p>",
            "Müller & Söhne – 1.234.567 €",
            "✓ done → next ⚑ — “quoted” …",
            "emoji 😀 and 𝄞 in one line",
            "\u007f\u0080\u07ff\u0800\uffff\ud7ff\ue000",
            "日本語のテキスト",
        };
        for (String c : cases) {
            assertArrayEquals(strict(c), page(c), c);
            assertArrayEquals(strict(c + c), page(c, c), c);
        }
    }

    @Test
    void randomTextInPiecesGivesTheSameBytes() throws IOException {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            StringBuilder whole = new StringBuilder();
            String[] pieces = new String[1 + random.nextInt(30)];
            for (int p = 0; p < pieces.length; p++) {
                StringBuilder piece = new StringBuilder();
                int n = random.nextInt(300);
                while (piece.length() < n) {
                    int kind = random.nextInt(10);
                    int cp = kind < 6
                            ? 0x20 + random.nextInt(0x5f)
                            : kind < 8
                                    ? 0x80 + random.nextInt(0x780)
                                    : kind < 9 ? 0x800 + random.nextInt(0xd000) : 0x10000 + random.nextInt(0x10000);
                    piece.appendCodePoint(cp);
                }
                pieces[p] = piece.toString();
                whole.append(piece);
            }
            assertArrayEquals(strict(whole.toString()), page(pieces));
        }
    }

    @Test
    void aPageLargerThanTheBufferIsWhole() throws IOException {
        String big = "Ärger € ".repeat(100_000);
        assertArrayEquals(strict(big), page(big));
        // The next page on the thread starts empty.
        assertArrayEquals(strict("x"), page("x"));
    }

    @Test
    void aLoneSurrogateStopsTheBuildNamingThePage() {
        for (String bad : new String[] {"a\ud800b", "end\ud83d", "\ude00start", "\ude00\ud83d"}) {
            assertThrows(CharacterCodingException.class, () -> strict(bad));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> page("<p>", bad));
            assertTrue(e.getMessage().contains("accounts/acme/index.html"), e.getMessage());
            assertTrue(e.getCause() instanceof MalformedInputException);
        }
        // The thread's page text is free again after the failure.
        assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), page("ok"));
    }

    @Test
    void aSecondPageWhileTheFirstIsOpenGetsItsOwnText() {
        try (PageText outer = PageText.open()) {
            outer.write("outer");
            try (PageText inner = PageText.open()) {
                assertNotSame(outer, inner);
                inner.write("inner");
                assertEquals("inner", new String(inner.utf8("b.html"), StandardCharsets.UTF_8));
            }
            assertEquals("outer", new String(outer.utf8("a.html"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aStringAlone() throws IOException {
        assertArrayEquals(strict("index → €"), PageText.utf8("index → €", "search/index.js"));
    }
}
