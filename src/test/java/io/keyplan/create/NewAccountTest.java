package io.keyplan.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewAccountTest {
    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
    }

    /** Every file and folder under {@code dir}, to show that a refusal wrote nothing. */
    private List<String> everything() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private Refused refused(String slug, String name, String owner) throws IOException {
        List<String> before = everything();
        Refused r = assertThrows(Refused.class, () -> NewAccount.create(content, slug, name, owner));
        assertEquals(before, everything(), "nothing written");
        return r;
    }

    @Test
    void writesTheAccountFolderWithItsPlan() throws Exception {
        Path file = NewAccount.create(content, "acme", "Acme Corp", "Anna Smit");
        assertEquals(content.resolve("accounts/acme/account.yaml"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nname: Acme Corp\nowner: Anna Smit\n"), text);
        assertEquals(PlanTemplate.text("Acme Corp", "Anna Smit"), text);
    }

    @Test
    void theSchemaIsNamedForTheEditorWhenItIsBesideTheContentFolder() throws Exception {
        String plain = Files.readString(NewAccount.create(content, "acme", null, null));
        assertTrue(plain.startsWith("# The account plan of Acme."), plain);
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/account.schema.json"), "{}");
        String mapped = Files.readString(NewAccount.create(content, "beta", null, null));
        assertTrue(
                mapped.startsWith("# yaml-language-server: $schema=../../../schema/account.schema.json\n"
                        + "# The account plan of Beta."),
                mapped);
        // the address is right: from the plan's folder, three levels up
        assertTrue(
                Files.isRegularFile(content.resolve("accounts/beta").resolve("../../../schema/account.schema.json")));
    }

    @Test
    void aBadSlugIsRefusedWithAValidOne() throws Exception {
        Refused r = refused("Noordzee Foods", null, null);
        assertEquals(
                "'Noordzee Foods' cannot be the name of an account folder (its slug): use only lower-case letters"
                        + " a-z, digits and '-', start with a letter or digit, at most 64 characters",
                r.getMessage());
        assertEquals(
                "try 'noordzee-foods', e.g. keyplan new account noordzee-foods --name \"Noordzee Foods\"", r.hint());
        assertTrue(refused("-café-crème", null, null).hint().startsWith("try 'cafe-creme',"));
        assertTrue(refused("a".repeat(65), null, null).hint().startsWith("try '" + "a".repeat(64) + "'"));
        refused("acme_corp", null, null);
        refused("", null, null);
        refused("../evil", null, null);
    }

    @Test
    void aNameWindowsKeepsForADeviceIsRefused() throws Exception {
        Refused r = refused("aux", null, null);
        assertEquals(
                "'aux' cannot be the name of an account folder: it is a name Windows keeps for a device",
                r.getMessage());
        assertEquals("try 'aux-account'", r.hint());
    }

    @Test
    void anExistingFolderIsNeverTouched() throws Exception {
        Path folder = Files.createDirectories(content.resolve("accounts/acme"));
        Files.writeString(folder.resolve("account.yaml"), "name: Acme\nowner: Jan\n");
        Refused r = refused("acme", null, null);
        assertTrue(
                r.getMessage().endsWith("accounts/acme already exists; KeyPlan does not overwrite it"), r.getMessage());
        assertTrue(r.hint().startsWith("edit "), r.hint());
        assertEquals("name: Acme\nowner: Jan\n", Files.readString(folder.resolve("account.yaml")));
        // An empty folder of that name is someone's too.
        Files.createDirectories(content.resolve("accounts/empty"));
        assertEquals(
                "choose another slug, or move it out of the way",
                refused("empty", null, null).hint());
    }

    @Test
    void aMissingContentFolderIsRefused() throws Exception {
        content = dir.resolve("contnet");
        Refused r = refused("acme", null, null);
        assertEquals("the content folder " + content.toString().replace('\\', '/') + " does not exist", r.getMessage());
    }

    @Test
    void aNameOrOwnerOnMoreThanOneLineOrBlankIsRefused() throws Exception {
        assertEquals(
                "--name must be one line of text, without tabs or line breaks",
                refused("acme", "A\nB", null).getMessage());
        assertEquals("--owner may not be empty", refused("acme", null, "  ").getMessage());
    }

    @Test
    void theAccountsFolderIsMadeWhenThereIsNone() throws Exception {
        assertTrue(Files.notExists(content.resolve("accounts")));
        NewAccount.create(content, "x1", null, null);
        assertTrue(Files.isRegularFile(content.resolve("accounts/x1/account.yaml")));
        assertEquals("X1", NewAccount.nameOf("x1"));
        assertEquals("Van Dijk Food Group", NewAccount.nameOf("van-dijk--food-group"));
    }
}
