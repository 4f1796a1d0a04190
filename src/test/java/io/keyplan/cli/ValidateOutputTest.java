package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code validate} prints for hostile content: bounded, and nothing a terminal would act on. */
class ValidateOutputTest {
    @TempDir
    Path dir;

    String out;
    String err;

    private int validate(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "validate";
        args[1] = "--content";
        args[2] = dir.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        CliRun run = CliRun.of(List.of(args), Map.of(), "2026-03-01T10:00:00Z");
        out = run.out();
        err = run.err();
        return run.code();
    }

    private void content(String accountYaml, String folder) throws IOException {
        Files.writeString(dir.resolve("portal.yaml"), "currency: EUR\n");
        Path a = Files.createDirectories(dir.resolve("accounts").resolve(folder));
        Files.writeString(a.resolve("account.yaml"), accountYaml);
    }

    @Test
    void aFileOfHundredsOfThousandsOfMistakesGivesAShortList() throws IOException {
        StringBuilder y = new StringBuilder("name: Acme\nowner: Jan\n");
        for (int i = 0; i < 30_000; i++) {
            y.append("k").append(i).append(": v\n");
        }
        content(y.toString(), "acme");
        assertEquals(1, validate());
        assertTrue(err.length() < 100_000, "printed " + err.length() + " characters");
        assertTrue(err.contains("... and 29900 more findings not shown"), err.substring(err.length() - 300));
        assertTrue(out.contains("30000 errors"), out);
        assertEquals(1, validate("--format", "json"));
        JsonNode n = new ObjectMapper().readTree(out);
        assertEquals(30_000, n.get("errors").asInt());
        assertEquals(29_900, n.get("omitted").asInt());
        assertEquals(100, n.get("diagnostics").size());
        assertEquals(1, validate("--format", "github"));
        assertTrue(out.length() < 100_000 && out.contains("::notice title=more-findings::"), out.substring(0, 200));
    }

    @Test
    void escapeSequencesInFolderNamesAndValuesAreNotPrintedRaw() throws IOException {
        content("name: Acme\nowner: Jan\n", "acme\u001B[31m\u009B1m\u202Etxt");
        content("name: Acme\nowner: Jan\nstage: \"\\e[2J\\e]0;pwned\\a\\u202E\"\n", "acme");
        assertEquals(1, validate());
        assertTrue(err.contains("\\x1B[31m"), err);
        assertTrue(err.contains("'stage' must be one of"), err);
        for (String s : new String[] {out, err}) {
            s.chars()
                    .forEach(c -> assertFalse(
                            c == 0x1B || c == 0x07 || c == 0x9B || c == 0x202E,
                            () -> String.format("U+%04X printed in %s", c, s)));
        }
        assertEquals(1, validate("--format", "json"));
        assertFalse(out.contains("\u001B") || out.contains("\u009B") || out.contains("\u202E"), out);
    }
}
