package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The few words each rebuild line starts with. */
class ChangesTest {
    private final Path content = Path.of("content");
    private final Path theme = Path.of("site-theme");

    @Test
    void namesWhatChanged() {
        assertEquals("everything", Changes.describe(List.of(), content, theme));
        assertEquals(
                "accounts/acme/account.yaml",
                Changes.describe(List.of(content.resolve("accounts/acme/account.yaml")), content, theme));
        assertEquals(
                "accounts/new/",
                Changes.describe(
                        List.of(content.resolve("accounts/new"), content.resolve("accounts/new/account.yaml")),
                        content,
                        theme));
        assertEquals(
                "the theme (assets/css/keyplan.css)",
                Changes.describe(List.of(theme.resolve("assets/css/keyplan.css")), content, theme));
        assertEquals(
                "the theme",
                Changes.describe(List.of(theme.resolve("a.css"), theme.resolve("templates/x.peb")), content, theme));
        assertEquals(
                "2 files",
                Changes.describe(
                        List.of(content.resolve("portal.yaml"), content.resolve("accounts/a/x.md")), content, theme));
    }
}
