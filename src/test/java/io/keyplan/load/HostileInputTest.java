package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.keyplan.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files give one clear error each, fast, and never an exception. */
class HostileInputTest {
    @TempDir
    Path dir;

    private List<String> read(byte[] bytes) throws IOException {
        Path f = dir.resolve("account.yaml");
        Files.write(f, bytes);
        Diagnostics d = new Diagnostics();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> YamlFiles.read(f, "x.yaml", d));
        return d.all().stream().map(x -> x.rule() + " " + x).toList();
    }

    private List<String> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aliasBombIsRefusedQuickly() throws IOException {
        StringBuilder y =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append("]\n");
        }
        assertEquals(List.of("alias x.yaml:2:8: error: aliases ('*a') are not allowed"), read(y.toString()));
    }

    @Test
    void fileOverFiveMegabytesIsRefusedBeforeReading() throws IOException {
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(List.of("too-large x.yaml:1:1: error: the file is 6 MB; the limit is 5 MB"), read(big));
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String y = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertEquals(List.of("too-deep x.yaml:1:53: error: the nesting is deeper than 50 levels"), read(y));
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        byte[] bytes = "name: ok\nowner: J\u00e9r\u00f4me X\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("encoding x.yaml:2:9: error: the file is not valid UTF-8 (byte 0xE9)"), read(bytes));
    }

    @Test
    void explicitTagsAreRefused() throws IOException {
        assertEquals(
                List.of("tag x.yaml:2:8: error: YAML tags ('!!python/object:os.system') are not allowed"),
                read("name: x\nowner: !!python/object:os.system {}\n"));
        assertEquals(List.of("tag x.yaml:1:7: error: YAML tags ('!foo') are not allowed"), read("name: !foo bar\n"));
    }

    @Test
    void longAliasAndTagNamesAreShortenedInTheMessage() throws IOException {
        // The whole name was quoted: an anchor of 200,000 characters gave an error line as long.
        String name = "a".repeat(200_000);
        assertEquals(
                List.of("alias x.yaml:2:8: error: aliases ('*" + "a".repeat(57) + "...') are not allowed"),
                read("name: &" + name + " x\nowner: *" + name + "\n"));
        assertEquals(
                List.of("tag x.yaml:1:7: error: YAML tags ('!" + "t".repeat(56) + "...') are not allowed"),
                read("name: !" + "t".repeat(200_000) + " bar\n"));
    }

    @Test
    void emptyFileAndNonMappingTopLevel() throws IOException {
        assertEquals(List.of("empty-file x.yaml:1:1: error: the file is empty"), read("# only a comment\n"));
        assertEquals(
                List.of("type x.yaml:1:1: error: the file must consist of 'key: value' lines, but it is a list"),
                read("- a\n- b\n"));
    }

    @Test
    void syntaxErrorHasPositionAndPlainWords() throws IOException {
        assertEquals(
                List.of("yaml-syntax x.yaml:2:11: error: unexpected ':' here"), read("name: Acme\nowner: Jan: boss\n"));
    }
}
