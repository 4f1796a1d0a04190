package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.model.Page;
import io.keyplan.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A free page's {@code visibility} (spec 7): internal unless its front matter says public; a typo is an error. */
class PageVisibilityTest {
    @TempDir
    Path root;

    @Test
    void aPageIsInternalUnlessItsFrontMatterSaysPublic() throws IOException {
        Path pages = Files.createDirectories(root.resolve("pages"));
        Files.writeString(pages.resolve("a.md"), "---\ntitle: A\nvisibility: public\n---\nText.\n");
        Files.writeString(pages.resolve("b.md"), "---\ntitle: B\nvisibility: internal\n---\nText.\n");
        Files.writeString(pages.resolve("c.md"), "---\ntitle: C\n---\nText.\n");
        Files.writeString(pages.resolve("d.md"), "# D\n\nNo front matter.\n");
        Files.createDirectories(root.resolve("accounts"));
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(root, LocalDate.of(2026, 11, 29), d);
        assertEquals(List.of(), d.all());
        assertEquals(
                List.of(Visibility.PUBLIC, Visibility.INTERNAL, Visibility.INTERNAL, Visibility.INTERNAL),
                c.pages().stream().map(Page::visibility).toList());
    }

    @Test
    void anUnknownVisibilityIsAnErrorAtItsPlaceWithASuggestion() throws IOException {
        Path pages = Files.createDirectories(root.resolve("pages"));
        Files.writeString(pages.resolve("a.md"), "---\ntitle: A\nvisibility: publc\n---\nText.\n");
        Files.createDirectories(root.resolve("accounts"));
        Diagnostics d = new Diagnostics();
        new ContentLoader().load(root, LocalDate.of(2026, 11, 29), d);
        String file = root.resolve("pages/a.md").toString().replace('\\', '/');
        assertEquals(
                List.of(file + ":3:13: error: 'visibility' must be one of internal, public; got \"publc\""
                        + " (did you mean 'public'?)"),
                d.all().stream().map(Object::toString).toList());
    }
}
