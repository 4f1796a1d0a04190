package io.keyplan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.history.AccountHistory;
import io.keyplan.history.Change;
import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.Attachment;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
    @TempDir
    Path dir;

    final FakeStages stages = new FakeStages();
    BuildInfo info = new BuildInfo(LocalDate.of(2026, 3, 1), "dev");

    BuildResult build() {
        BuildOptions o = new BuildOptions(dir.resolve("content"), dir.resolve("theme"), dir.resolve("_site"), false);
        return new SiteBuild(stages).build(o, info, dir.resolve("work"), dir.resolve("home"));
    }

    Account acme(Attachment... attachments) {
        return new Account(
                "acme",
                Records.plan("name: Acme\nowner: Jan"),
                Map.of(),
                List.of(),
                List.of(attachments),
                SourceSpan.file("content/accounts/acme/account.yaml"));
    }

    @Test
    void publishesPagesAssetsAttachmentsSchemaAndSitemap() throws IOException {
        Path acmeDir = Files.createDirectories(dir.resolve("content/accounts/acme/img"));
        Path logo = Files.writeString(acmeDir.resolve("logo.png"), "png");
        Files.createDirectories(dir.resolve("theme/assets"));
        Files.writeString(dir.resolve("theme/assets/site.css"), "body{}");
        stages.portalYaml = "base_url: https://kam.example.com";
        stages.accounts = List.of(acme(new Attachment(logo, "img/logo.png", 3)));
        BuildResult r = build();
        assertTrue(r.written());
        assertEquals(2, r.pages());
        assertEquals(1, r.accounts());
        Path site = dir.resolve("_site");
        assertEquals("png", Files.readString(site.resolve("accounts/acme/img/logo.png")));
        assertEquals("body{}", Files.readString(site.resolve("assets/site.css")));
        assertTrue(Files.readString(site.resolve("sitemap.xml"))
                .contains("<loc>https://kam.example.com/accounts/acme/</loc>"));
        assertTrue(Files.readString(site.resolve("schema/account.schema.json")).contains("draft-07"));
    }

    @Test
    void theBaseUrlOfTheCommandLineWinsForTheSitemap() throws IOException {
        stages.portalYaml = "base_url: https://old.example.com/";
        stages.accounts = List.of(acme());
        info = info.withBaseUrl("https://acme.github.io/kam");
        assertTrue(build().written());
        String sitemap = Files.readString(dir.resolve("_site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://acme.github.io/kam/accounts/acme/</loc>"), sitemap);
        assertFalse(sitemap.contains("old.example.com"), sitemap);
    }

    @Test
    void aBaseUrlAloneMakesTheSitemap() throws IOException {
        stages.accounts = List.of(acme());
        info = info.withBaseUrl("https://acme.github.io/kam/");
        assertTrue(build().written());
        assertTrue(
                Files.readString(dir.resolve("_site/sitemap.xml")).contains("<loc>https://acme.github.io/kam/</loc>"));
    }

    @Test
    void aBadAttachmentFailsTheBuildAndWritesNothing() throws IOException {
        Path acmeDir = Files.createDirectories(dir.resolve("content/accounts/acme"));
        Path yaml = Files.writeString(acmeDir.resolve("account.yaml"), "name: Acme");
        stages.accounts = List.of(acme(new Attachment(yaml, "account.yaml", 10)));
        BuildResult r = build();
        assertFalse(r.written());
        assertEquals(1, r.diagnostics().errorCount());
        assertFalse(Files.exists(dir.resolve("_site")));
        try (var s = Files.list(dir)) {
            assertEquals(
                    List.of("content"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void withoutGitTheBuildSaysSoOnceAndWritesNoHistoryKeys() throws IOException {
        stages.accounts = List.of(acme());
        BuildResult r = build();
        assertTrue(r.written());
        assertEquals(List.of(SiteBuild.NO_HISTORY), r.notes());
        assertTrue(r.diagnostics().all().isEmpty(), "a note, not a warning: --strict is not affected");
        assertFalse(Files.readString(dir.resolve("_site/data/portfolio.json")).contains("last_changed"));
    }

    @Test
    void theHistoryReachesTheDataFilesAndItsWarningTheFindings() throws IOException {
        stages.accounts = List.of(acme());
        stages.history = new History(
                History.State.SHALLOW,
                Map.of(
                        "acme",
                        new AccountHistory(Change.committed(LocalDate.of(2026, 2, 1), "Jan"), Map.of(), List.of())));
        stages.historyWarning = true;
        BuildResult r = build();
        assertTrue(r.written());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
        assertEquals(1, r.diagnostics().warningCount());
        assertTrue(Files.readString(dir.resolve("_site/data/portfolio.json"))
                .contains("\"last_changed\" : \"2026-02-01\""));
        // Under --strict the shallow-clone warning stops the build like any other warning.
        BuildOptions strict =
                new BuildOptions(dir.resolve("content"), dir.resolve("theme"), dir.resolve("_site"), true);
        assertFalse(new SiteBuild(stages)
                .build(strict, info, dir.resolve("work"), dir.resolve("home"))
                .written());
    }
}
