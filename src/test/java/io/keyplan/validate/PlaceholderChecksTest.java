package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Placeholders a page cannot fill are errors at their line and column in the page's file. */
class PlaceholderChecksTest {
    @TempDir
    Path root;

    private List<Diagnostic> validate(String portal, String page) throws IOException {
        Files.writeString(root.resolve("portal.yaml"), portal);
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(root.resolve("pages/how.md"), page);
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(root, LocalDate.of(2026, 6, 1), d);
        ContentValidator.validate(c, d);
        return d.all().stream().filter(x -> "placeholder".equals(x.rule())).toList();
    }

    @Test
    void knownPlaceholdersAreFine() throws IOException {
        List<Diagnostic> found = validate(
                "organisation: Acme\n",
                "# How\n\n{{ organisation }} reviews every {{ review.cadence_days }} days.\n\n{{ selection.position }}\n");
        assertEquals(List.of(), found);
    }

    @Test
    void anUnknownNameIsAnErrorWithItsPlaceAndASuggestion() throws IOException {
        List<Diagnostic> found =
                validate("title: P\n", "---\ntitle: How\n---\n# How\n\nEvery {{ review.cadense_days }} days.\n");
        assertEquals(1, found.size(), found.toString());
        String s = found.get(0).toString();
        assertTrue(s.contains("pages/how.md:6:7"), s);
        assertTrue(s.contains("'{{ review.cadense_days }}' is not a placeholder KeyPlan knows"), s);
        assertTrue(s.contains("did you mean 'review.cadence_days'"), s);
        assertTrue(
                found.get(0).hint().contains("selection.attractiveness"),
                found.get(0).hint());
    }

    @Test
    void aTableInsideASentenceAndAMissingOrganisationAreErrors() throws IOException {
        List<Diagnostic> found =
                validate("title: P\n", "Weights: {{ selection.attractiveness }}\n\nAt {{ organisation }}.\n");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).toString().contains("how.md:1:10"), found.toString());
        assertTrue(found.get(0).message().contains("must stand on a line of its own"), found.toString());
        assertTrue(found.get(1).toString().contains("how.md:3:4"), found.toString());
        assertTrue(found.get(1).message().contains("portal.yaml has none"), found.toString());
    }

    @Test
    void codeIsLeftAlone() throws IOException {
        assertEquals(
                List.of(), validate("title: P\n", "Write `{{ anything }}` or \\{{ this }}.\n\n```\n{{ x }}\n```\n"));
    }
}
