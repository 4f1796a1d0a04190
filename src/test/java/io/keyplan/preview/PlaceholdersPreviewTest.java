package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.site.Audience;
import io.keyplan.site.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A free page's placeholders in {@code keyplan serve}: filled in, filled in again when
 * {@code portal.yaml} changes (page and search index), and a wrong name reported at its line.
 */
class PlaceholdersPreviewTest {
    @TempDir
    Path tmp;

    private static String text(IncrementalPreview preview, String path) {
        return new String(preview.file(path).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aChangeToPortalYamlShowsOnThePageAndInTheSearch() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.createDirectories(content.resolve("accounts"));
        Files.createDirectories(content.resolve("pages"));
        Path portal = Files.writeString(content.resolve("portal.yaml"), "review: {cadence_days: 30}\n");
        Path page = Files.writeString(
                content.resolve("pages/how.md"), "# How\n\nWe review every {{ review.cadence_days }} days.\n");
        try (IncrementalPreview preview = new IncrementalPreview(
                content, tmp.resolve("no-theme"), Audience.INTERNAL, LocalDate.of(2026, 6, 1), "test")) {
            String html = SiteLayout.freePage("how");
            assertTrue(text(preview, html).contains("We review every 30 days."));
            assertTrue(text(preview, SiteLayout.SEARCH_INDEX).contains("We review every 30 days."));

            Files.writeString(portal, "review: {cadence_days: 45}\n");
            preview.refresh(List.of(portal));
            assertTrue(text(preview, html).contains("We review every 45 days."));
            assertTrue(text(preview, SiteLayout.SEARCH_INDEX).contains("We review every 45 days."));

            Files.writeString(page, "# How\n\nWe review every {{ review.cadense_days }} days.\n");
            preview.refresh(List.of(page));
            List<String> errors = preview.diagnostics().all().stream()
                    .filter(d -> "placeholder".equals(d.rule()))
                    .map(Diagnostic::toString)
                    .toList();
            assertTrue(errors.size() == 1 && errors.get(0).contains("pages/how.md:3:17"), errors.toString());
        }
    }
}
