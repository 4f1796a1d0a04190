package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.KeyPlayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Yes/no fields read the YAML 1.2 core spellings, as editors do (so an editor's schema and the
 * build agree); the YAML 1.1 words and quoted values stay mistakes.
 */
class YesNoTest {
    @TempDir
    Path dir;

    @Test
    void yaml12SpellingsAreYesOrNo() throws Exception {
        Diagnostics d = read("[{name: A, known: True}, {name: B, known: TRUE}, {name: C, known: False},"
                + " {name: D, known: FALSE}, {name: E, known: true}, {name: F, known: false}]");
        assertEquals(List.of(), d.all());
        List<Boolean> known =
                account.plan().keyPlayers().stream().map(KeyPlayer::known).toList();
        assertEquals(List.of(true, true, false, false, true, false), known);
    }

    @Test
    void yaml11WordsAndQuotesAreMistakes() throws Exception {
        Diagnostics d = read("[{name: A, known: yes}, {name: B, known: on}, {name: C, known: \"True\"},"
                + " {name: D, known: tRUE}]");
        assertEquals(
                List.of(
                        "'known' must be true or false, got \"yes\"",
                        "'known' must be true or false, got \"on\"",
                        "'known' must be true or false, got \"True\"",
                        "'known' must be true or false, got \"tRUE\""),
                d.all().stream().map(Diagnostic::message).toList());
    }

    private Account account;

    private Diagnostics read(String players) throws Exception {
        Path acme = dir.resolve("accounts/acme");
        Files.createDirectories(acme);
        Files.writeString(acme.resolve("account.yaml"), "name: Acme\nowner: Jan\nkey_players: " + players + "\n");
        Diagnostics d = new Diagnostics();
        account = new ContentLoader().account(dir, "acme", d);
        return d;
    }
}
