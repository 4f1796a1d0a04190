package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An escape for half a character is refused where it is written, in values and keys, by both readers. */
class UnicodeTextTest {
    private static List<String> problems(String yaml) {
        List<String> out = new ArrayList<>();
        List<LoadProblem> found = new ArrayList<>();
        try {
            SafeYamlReader.parse("x.yaml", yaml, 0, found);
        } catch (LoadProblem p) {
            found.add(p);
        }
        found.forEach(p -> out.add(p.rule + " " + p.line + ":" + p.column + " " + p.getMessage()));
        return out;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: \"\\uD800\"|2:7|D800",
                "name: \"Jan \\uDFFF\"|2:7|DFFF",
                "name: \"end \\uD83D\"|2:7|D83D",
                "name: \"\\uDE00\\uD83D\"|2:7|DE00",
                "name: \"\\U0000D800\"|2:7|D800",
                "tags: [\"ok\", \"\\uDBFF\"]|2:14|DBFF",
                "team: {\"\\uDC00\": x}|2:8|DC00",
                "\"\\uD800\": x|2:1|D800",
                "team: [{name: \"\\uD800\"}]|2:15|D800",
            })
    void halfACharacterIsAnErrorAtTheText(String line, String at, String code) {
        List<String> p = problems("owner: Jan\n" + line + "\n");
        assertEquals(
                List.of("encoding " + at + " the text is not valid Unicode: the escape \\u" + code
                        + " is half of a character"),
                p);
    }

    @org.junit.jupiter.api.Test
    void halfACharacterInATextOverSeveralLines() {
        assertEquals(
                List.of("encoding 3:8 the text is not valid Unicode: the escape \\uD800 is half of a character"),
                problems("owner: Jan\nname: x\nnotes: \"first line\n  second \\uD800 line\"\n"));
    }

    /** Half a character written as bytes (ED A0 80, as CESU-8 writes it) is no UTF-8 at all. */
    @org.junit.jupiter.api.Test
    void halfACharacterAsBytesIsAnEncodingError() {
        for (byte[] half : new byte[][] {
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
        }) {
            byte[] bytes = new byte[12 + half.length + 1];
            System.arraycopy("owner: J\nn: ".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, bytes, 0, 12);
            System.arraycopy(half, 0, bytes, 12, half.length);
            bytes[bytes.length - 1] = '\n';
            try {
                TextFiles.decode(bytes);
                throw new AssertionError("accepted");
            } catch (LoadProblem p) {
                assertEquals("encoding 2:4", p.rule + " " + p.line + ":" + p.column);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: \"\\uD83D\\uDE00\"|\uD83D\uDE00",
                "name: \"\\U0001F600\"|\uD83D\uDE00",
                "name: \"\\uFFFD\"|\uFFFD",
                "name: \uD83D\uDE00|\uD83D\uDE00",
            })
    void wholeCharactersAreFine(String line, String text) throws LoadProblem {
        List<LoadProblem> found = new ArrayList<>();
        YamlNode.Mapping m = SafeYamlReader.parse("x.yaml", "owner: Jan\n" + line + "\n", 0, found);
        assertEquals(List.of(), found);
        assertNotNull(m);
        assertEquals(text, ((YamlNode.Scalar) m.get("name")).text());
    }
}
