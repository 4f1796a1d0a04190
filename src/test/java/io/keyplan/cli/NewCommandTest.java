package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path dir;

    final Map<String, String> env = new HashMap<>();
    String out;
    String err;
    String content;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(dir.resolve("content")).toString();
    }

    int run(String... args) {
        CliRun run = CliRun.of(List.of(args), env, "2026-03-01T10:00:00Z");
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void newAccountWritesThePlanAndSaysWhatToDoNext() {
        assertEquals(
                0, run("new", "account", "acme", "--name", "Acme Corp", "--owner", "Anna Smit", "--content", content));
        String file = content.replace('\\', '/') + "/accounts/acme/account.yaml";
        assertTrue(out.startsWith("Wrote " + file + ".\nNext:\n"), out);
        assertFalse(out.contains("Set 'owner'"), "the owner was given");
        assertTrue(out.contains("keyplan validate --content " + content.replace('\\', '/')), out);
        assertEquals("", err);
        assertEquals(0, run("validate", "--content", content), err);
        assertTrue(out.contains("Checked 1 account: 2 warnings, 0 errors."), out);
    }

    @Test
    void withoutOwnerTheNextStepsSayToSetIt() {
        assertEquals(0, run("new", "account", "acme", "--content", content));
        assertTrue(out.contains("1. Set 'owner' to the key account manager."), out);
    }

    @Test
    void aRefusalIsExitOneWithTheReasonAndAHint() throws IOException {
        assertEquals(1, run("new", "account", "Acme Corp", "--content", content));
        assertEquals(
                "keyplan new account: 'Acme Corp' cannot be the name of an account folder (its slug): use only"
                        + " lower-case letters a-z, digits and '-', start with a letter or digit, at most 64"
                        + " characters. Nothing was written.\n"
                        + "    hint: try 'acme-corp', e.g. keyplan new account acme-corp --name \"Acme Corp\"\n",
                err);
        assertEquals("", out);
        try (var files = Files.list(Path.of(content))) {
            assertEquals(0, files.count());
        }
        assertEquals(
                1,
                run("new", "account", "acme", "--content", dir.resolve("nope").toString()));
        assertTrue(err.contains("the content folder "), err);
        assertEquals(0, run("new", "account", "acme", "--content", content));
        assertEquals(1, run("new", "account", "acme", "--content", content));
        assertTrue(err.contains("already exists; KeyPlan does not overwrite it. Nothing was written."), err);
    }

    @Test
    void newNoteIsDatedTheBuildDateAndRefusesAnUnknownAccount() throws IOException {
        assertEquals(0, run("new", "account", "acme", "--content", content));
        env.put("SOURCE_DATE_EPOCH", "1795392000"); // 2026-11-23
        assertEquals(0, run("new", "note", "acme", "--title", "Kick-off", "--content", content));
        Path note = Path.of(content, "accounts/acme/notes/2026-11-23-kick-off.md");
        assertTrue(Files.isRegularFile(note), out + err);
        assertTrue(Files.readString(note).startsWith("---\ntitle: Kick-off\ndate: 2026-11-23\n"));
        env.remove("SOURCE_DATE_EPOCH");
        assertEquals(0, run("new", "note", "acme", "--content", content));
        assertTrue(Files.isRegularFile(Path.of(content, "accounts/acme/notes/2026-03-01-note.md")), out + err);
        assertEquals(0, run("new", "note", "acme", "--date", "2026-02-28", "--content", content));
        assertTrue(Files.isRegularFile(Path.of(content, "accounts/acme/notes/2026-02-28-note.md")), out + err);

        assertEquals(1, run("new", "note", "acm", "--content", content));
        assertTrue(err.startsWith("keyplan new note: there is no account 'acm' in "), err);
        assertTrue(err.contains("(did you mean 'acme'?). Nothing was written."), err);
        assertEquals(1, run("new", "note", "acme", "--date", "2026-02-30", "--content", content));
        assertTrue(err.contains("--date must be a real date written as year-month-day, got \"2026-02-30\""), err);
    }

    @Test
    void newWithoutWhatIsAUsageError() {
        assertEquals(2, run("new"));
        assertTrue(err.startsWith("keyplan: Missing command: account or note"), err);
        assertEquals(2, run("new", "account"));
        assertEquals(0, run("new", "--help"));
        assertTrue(out.contains("account") && out.contains("note"), out);
    }
}
