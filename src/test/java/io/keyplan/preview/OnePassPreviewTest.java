package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.site.Audience;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live preview shows every error of a run at once, as {@code validate} prints them. */
class OnePassPreviewTest {
    private static final String ROOT = "src/test/resources/cli/one-pass";

    @Test
    void syntaxTypeAndReferenceErrorsOfEveryAccountTogether() {
        try (IncrementalPreview preview = new IncrementalPreview(
                Path.of(ROOT), Path.of("site-theme"), Audience.INTERNAL, LocalDate.of(2026, 3, 1), "test")) {
            List<String> found = preview.diagnostics().all().stream()
                    .map(Diagnostic::toString)
                    .toList();
            assertEquals(
                    List.of(
                            ROOT + "/accounts/broken/account.yaml:4:1: error: the list in brackets or the set in braces"
                                    + " is not closed properly",
                            ROOT + "/accounts/refs/account.yaml:5:17: error: 'reports_to' names \"Carla\", who is not"
                                    + " a key player",
                            ROOT + "/accounts/refs/account.yaml:9:25: error: 'customer_contact' names \"Bart\", who is"
                                    + " not a key player (did you mean 'Bert'?)",
                            ROOT + "/accounts/typed/account.yaml:3:17: error: 'customer_since' must be a whole number"
                                    + " from 1800 to 2200, got \"soon\"",
                            ROOT + "/accounts/typed/account.yaml:6:18: error: 'our_contact' names \"Piet\", who is not"
                                    + " a member of the team"),
                    found);
        }
    }
}
