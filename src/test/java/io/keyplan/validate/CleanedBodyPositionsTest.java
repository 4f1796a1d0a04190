package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body the loader left control characters out of (load.ControlCharacters) is no longer the tail
 * of its file as written; a finding in it still names the file's own line and column.
 */
class CleanedBodyPositionsTest {
    @TempDir
    Path root;

    @Test
    void aFindingAfterALeftOutCharacterIsAtItsPlaceInTheFile() throws IOException {
        List<String> found = positions(
                "---\ntitle: \"How\\x01\"\n---\n# How\u0002\n\nA\u000Bline \u0003\u0004{{ nope }} and {{ nix }}.\n",
                "placeholder");
        assertEquals(List.of("6:10", "6:25"), found);
    }

    @Test
    void aBrokenLinkAfterALeftOutCharacterIsAtItsOwnPlaceNotTheFirstLikeIt() throws IOException {
        List<String> found = positions(
                "---\ntitle: How\n---\n# How\u0002\n\nSee [one](file:///x.docx).\n\nAgain \u0003[two](file:///x.docx).\n",
                "link");
        assertEquals(List.of("6:11", "8:14"), found);
    }

    /** Where validation finds {@code rule} in a free page with the text {@code page}, as line:column. */
    private List<String> positions(String page, String rule) throws IOException {
        Files.writeString(root.resolve("portal.yaml"), "title: P\n");
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(root.resolve("pages/how.md"), page);
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(root, LocalDate.of(2026, 6, 1), d);
        ContentValidator.validate(c, d);
        return d.all().stream()
                .filter(x -> rule.equals(x.rule()))
                .map(Diagnostic::at)
                .map(at -> at.line() + ":" + at.column())
                .toList();
    }
}
