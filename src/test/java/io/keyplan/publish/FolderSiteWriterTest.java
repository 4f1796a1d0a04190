package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Attachment;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolderSiteWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil.html",
                "a/../../evil.html",
                "/etc/evil",
                "a\\b.html",
                "C:/x.html",
                "",
                "a//b.html",
                "./a.html",
                "a/.."
            })
    void refusesPathsThatLeaveTheRoot(String path) {
        FolderSiteWriter w = new FolderSiteWriter(dir.resolve("site"));
        assertThrows(IllegalArgumentException.class, () -> w.writeText(path, "x"));
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    @Test
    void writesUtf8AndCountsPagesFromManyThreads() throws IOException {
        FolderSiteWriter w = new FolderSiteWriter(dir);
        IntStream.range(0, 200).parallel().forEach(i -> w.writeText("accounts/a" + i + "/index.html", "Zürich €" + i));
        w.writeText("data/portfolio.json", "{}");
        assertEquals(200, w.pages().size());
        assertEquals("Zürich €7", Files.readString(dir.resolve("accounts/a7/index.html")));
    }

    @Test
    void neverCopiesPlanSourcesOrSymlinks() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content/accounts/acme"));
        Path yaml = Files.writeString(content.resolve("account.yaml"), "name: x");
        Path md = Files.writeString(content.resolve("swot.MD"), "x");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path link = content.resolve("logo.png");
        Files.createSymbolicLink(link, secret);
        Path pdf = Files.writeString(content.resolve("deck.pdf"), "pdf");
        Account acme = new Account(
                "acme",
                Records.plan("name: Acme\nowner: Jan"),
                Map.of(),
                List.of(),
                List.of(
                        new Attachment(yaml, "account.yaml", 7),
                        new Attachment(md, "swot.MD", 1),
                        new Attachment(link, "logo.png", 6),
                        new Attachment(pdf, "../../evil.pdf", 3),
                        new Attachment(pdf, "deck.pdf", 3)),
                SourceSpan.file("content/accounts/acme/account.yaml"));
        Path site = dir.resolve("site");
        FolderSiteWriter w = new FolderSiteWriter(site);
        Diagnostics d = new Diagnostics();
        Attachments.copy(dir.resolve("content"), List.of(acme), w, d);
        assertEquals(4, d.errorCount());
        try (Stream<Path> s = Files.walk(site)) {
            assertEquals(
                    List.of("accounts/acme/deck.pdf"),
                    s.filter(Files::isRegularFile)
                            .map(p -> site.relativize(p).toString().replace('\\', '/'))
                            .toList());
        }
        assertThrows(IllegalArgumentException.class, () -> w.copyFile(yaml, "x.txt"));
        assertThrows(IllegalArgumentException.class, () -> w.copyFile(link, "x.png"));
    }

    @Test
    void anAttachmentCannotTakeThePlaceOfAGeneratedPage() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content/accounts/acme/notes"));
        Path evil = Files.writeString(content.resolve("../index.html"), "EVIL");
        Path note = Files.writeString(content.resolve("visit.html"), "EVIL");
        Account acme = new Account(
                "acme",
                Records.plan("name: Acme\nowner: Jan"),
                Map.of(),
                List.of(),
                List.of(
                        new Attachment(evil, "index.html", 4), new Attachment(evil, "print.html", 4),
                        new Attachment(evil, "one-page.html", 4), new Attachment(note, "notes/visit.html", 4)),
                SourceSpan.file("content/accounts/acme/account.yaml"));
        Path site = dir.resolve("site");
        Diagnostics d = new Diagnostics();
        Attachments.copy(dir.resolve("content"), List.of(acme), new FolderSiteWriter(site), d);
        assertEquals(4, d.errorCount());
        assertTrue(
                d.all().get(0).message().contains("address of a page"), d.all().toString());
        assertFalse(Files.exists(site.resolve("accounts/acme/index.html")));
    }

    @Test
    void themeAssetsAreCopiedWithJbakeWithoutHiddenFiles() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("assets/css"));
        Files.writeString(theme.resolve("assets/css/site.css"), "body{}");
        Files.writeString(theme.resolve("assets/.secret"), "x");
        Path site = Files.createDirectories(dir.resolve("site"));
        Diagnostics d = new Diagnostics();
        ThemeAssets.copy(theme, site, d);
        assertEquals("body{}", Files.readString(site.resolve("assets/css/site.css")));
        assertFalse(Files.exists(site.resolve("assets/.secret")));
        assertFalse(d.hasErrors());
    }

    @Test
    void themeAssetSymlinksAreErrors() throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("assets"));
        Files.createSymbolicLink(theme.resolve("assets/passwd"), Files.writeString(dir.resolve("p"), "root"));
        Path site = Files.createDirectories(dir.resolve("site"));
        Diagnostics d = new Diagnostics();
        ThemeAssets.copy(theme, site, d);
        assertEquals(1, d.errorCount());
        assertFalse(Files.exists(site.resolve("assets/passwd")));
    }
}
