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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    // --- files linked from the site this one replaces ---------------------------------------------

    private Path previousSite(String path, String text) throws IOException {
        Path old = dir.resolve("old");
        Path file = old.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return old;
    }

    private static int links(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void aFileWithTheSameBytesIsLinkedFromThePreviousSiteWhetherReusedOrRendered() throws IOException {
        Path old = previousSite("accounts/acme/index.html", "Zürich €1");
        Files.writeString(old.resolve("accounts/acme/print.html"), "printed", StandardCharsets.UTF_8);
        Path site = dir.resolve("staging");
        FolderSiteWriter w = new FolderSiteWriter(site, WriteGate.OPEN, old);
        w.writeUtf8("accounts/acme/index.html", "Zürich €1".getBytes(StandardCharsets.UTF_8));
        w.writeText("accounts/acme/print.html", out -> out.write("printed"));
        assertTrue(Files.isSameFile(site.resolve("accounts/acme/index.html"), old.resolve("accounts/acme/index.html")));
        assertTrue(Files.isSameFile(site.resolve("accounts/acme/print.html"), old.resolve("accounts/acme/print.html")));
        assertEquals(2, w.linked());
        assertEquals(List.of("accounts/acme/index.html", "accounts/acme/print.html"), w.pages());
        assertEquals("Zürich €1", Files.readString(old.resolve("accounts/acme/index.html")));
    }

    @Test
    void differentBytesAreWrittenAndThePreviousSiteIsLeftAsItWas() throws IOException {
        // Same length, one byte apart (an edit in the old output), then a different length.
        Path old = previousSite("a.html", "<p>kept</p>");
        Files.writeString(old.resolve("b.html"), "short");
        Path site = dir.resolve("staging");
        FolderSiteWriter w = new FolderSiteWriter(site, WriteGate.OPEN, old);
        w.writeUtf8("a.html", "<p>kepT</p>".getBytes(StandardCharsets.UTF_8));
        w.writeText("b.html", "a longer page");
        w.writeText("c.html", "not in the previous site");
        assertEquals(0, w.linked());
        assertEquals("<p>kepT</p>", Files.readString(site.resolve("a.html")));
        assertEquals("a longer page", Files.readString(site.resolve("b.html")));
        assertEquals("<p>kept</p>", Files.readString(old.resolve("a.html")));
        assertEquals("short", Files.readString(old.resolve("b.html")));
        assertEquals(1, links(old.resolve("a.html")));
    }

    @Test
    void aFileSharedWithAnotherOrASymbolicLinkIsNeverLinked() throws IOException {
        // A file with a second name (a cache entry, a user's backup) would tie the site to it.
        Path old = previousSite("shared.html", "same");
        Files.createLink(dir.resolve("elsewhere.html"), old.resolve("shared.html"));
        Path target = Files.writeString(dir.resolve("target.html"), "same");
        Files.createSymbolicLink(old.resolve("symlink.html"), target);
        Path site = dir.resolve("staging");
        FolderSiteWriter w = new FolderSiteWriter(site, WriteGate.OPEN, old);
        w.writeUtf8("shared.html", "same".getBytes(StandardCharsets.UTF_8));
        w.writeUtf8("symlink.html", "same".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, w.linked());
        assertEquals(1, links(site.resolve("shared.html")));
        assertFalse(Files.isSymbolicLink(site.resolve("symlink.html")));
        assertFalse(Files.isSameFile(site.resolve("symlink.html"), target));
        assertEquals("same", Files.readString(site.resolve("symlink.html")));
    }

    @Test
    void aLinkThatFailsFallsBackToWriting() throws IOException {
        Path old = previousSite("a.html", "same");
        Files.writeString(old.resolve("b.html"), "also same");
        Path site = dir.resolve("staging");
        java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
        FolderSiteWriter w = new FolderSiteWriter(site, WriteGate.OPEN, old, (link, existing) -> {
            tried.incrementAndGet();
            throw new java.nio.file.FileSystemException(
                    link.toString(), existing.toString(), "Invalid cross-device link");
        });
        w.writeUtf8("a.html", "same".getBytes(StandardCharsets.UTF_8));
        w.writeText("b.html", "also same");
        assertEquals(0, w.linked());
        assertEquals("same", Files.readString(site.resolve("a.html")));
        assertEquals("also same", Files.readString(site.resolve("b.html")));
        assertFalse(Files.isSameFile(site.resolve("a.html"), old.resolve("a.html")));
        assertEquals(1, tried.get(), "a file system without hard links is asked once, not for every file");
    }

    @Test
    void aPathWrittenAgainAfterItWasLinkedDoesNotWriteIntoThePreviousSite() throws IOException {
        Path old = previousSite("sitemap.xml", "<urlset/>");
        Path site = dir.resolve("staging");
        FolderSiteWriter w = new FolderSiteWriter(site, WriteGate.OPEN, old);
        w.writeText("sitemap.xml", "<urlset/>");
        assertEquals(1, w.linked());
        w.writeText("sitemap.xml", "<urlset>changed</urlset>");
        assertEquals("<urlset>changed</urlset>", Files.readString(site.resolve("sitemap.xml")));
        assertEquals("<urlset/>", Files.readString(old.resolve("sitemap.xml")));
    }

    @Test
    void aPageTooLargeToHoldIsStreamedAndStillRight() throws IOException {
        String big = "€".repeat(2_000_000); // 6 MB of UTF-8, more than a page held to be compared
        Path old = previousSite("portfolio/booklet.html", big);
        Path site = dir.resolve("staging");
        FolderSiteWriter w = new FolderSiteWriter(site, WriteGate.OPEN, old);
        w.writeText("portfolio/booklet.html", out -> {
            for (int i = 0; i < 2_000; i++) {
                out.write("€".repeat(1_000));
            }
        });
        assertEquals(0, w.linked());
        assertEquals(big, Files.readString(site.resolve("portfolio/booklet.html")));
    }
}
