package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a content file: the quick decoding gives what the strict decoder gives, a written U+FFFD
 * is text and a bad byte an error at its line and column, and the size limit holds with one look at
 * the open file.
 */
class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void validTextIsReadAsWrittenWithoutItsByteOrderMark() throws LoadProblem {
        assertEquals("name: Ökö €\n", TextFiles.decode("\uFEFFname: Ökö €\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("plain", TextFiles.decode("plain".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", TextFiles.decode(new byte[0]));
    }

    @Test
    void aWrittenReplacementCharacterIsTextNotAMistake() throws LoadProblem {
        assertEquals("a \uFFFD b\n", TextFiles.decode("a \uFFFD b\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadByteIsReportedAtItsLineAndColumnAfterAWrittenReplacementCharacter() {
        byte[] bytes = "ok \uFFFD\nab\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        bad[bytes.length] = (byte) 0xFF;
        LoadProblem p = assertThrows(LoadProblem.class, () -> TextFiles.decode(bad));
        assertEquals("encoding", p.rule);
        assertEquals("the file is not valid UTF-8 (byte 0xFF)", p.getMessage());
        assertEquals(2, p.line);
        assertEquals(4, p.column);
    }

    @Test
    void encodedSurrogatesAndOverlongFormsAreRefused() {
        for (byte[] bad : new byte[][] {
            {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {'a', (byte) 0xC0, (byte) 0xAF},
            {(byte) 0xF4, (byte) 0x90, 0, 0}
        }) {
            LoadProblem p = assertThrows(LoadProblem.class, () -> TextFiles.decode(bad));
            assertEquals("encoding", p.rule);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtItIsRead() throws IOException, LoadProblem {
        Path at = dir.resolve("at.md");
        Files.write(at, new byte[(int) TextFiles.MAX_BYTES]);
        assertEquals(TextFiles.MAX_BYTES, TextFiles.read(at).length());
        Path over = dir.resolve("over.md");
        Files.write(over, new byte[(int) TextFiles.MAX_BYTES + 1]);
        LoadProblem p = assertThrows(LoadProblem.class, () -> TextFiles.read(over));
        assertEquals("too-large", p.rule);
        assertEquals("the file is 5.1 MB; the limit is 5 MB", p.getMessage());
    }

    @Test
    void aMissingFileOrAFolderCannotBeRead() throws IOException {
        LoadProblem gone = assertThrows(LoadProblem.class, () -> TextFiles.read(dir.resolve("gone.md")));
        assertEquals("missing-file", gone.rule);
        assertEquals("the file cannot be read: it is no longer there", gone.getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        LoadProblem p = assertThrows(LoadProblem.class, () -> TextFiles.read(folder));
        assertEquals("missing-file", p.rule);
    }
}
