package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Attachment;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links, hard links, pipes and Markdown in odd places inside an account folder are
 * reported at the file, never skipped without a word, and a link out of the content folder is
 * never followed.
 */
class FileLinksTest {
    @TempDir
    Path dir;

    Path content;
    Path acme;
    Path outside;

    @BeforeEach
    void content() throws IOException {
        content = dir.resolve("content");
        acme = Files.createDirectories(content.resolve("accounts/acme"));
        Files.writeString(acme.resolve("account.yaml"), "name: Acme\nowner: Jan\n");
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.pdf"), "%PDF secret");
    }

    private Diagnostics load() {
        Diagnostics d = new Diagnostics();
        new ContentLoader().load(content, LocalDate.of(2026, 6, 1), d);
        return d;
    }

    private List<String> errors() {
        return load().all().stream()
                .map(x -> x.rule() + " " + x.at().file().replace(dir.toString().replace('\\', '/') + "/", "") + ": "
                        + x.message())
                .toList();
    }

    private String shown(Path p) {
        return content.relativize(p).toString().replace('\\', '/');
    }

    @Test
    void symbolicLinksToFilesAreReportedWhereverTheyPoint() throws IOException {
        Files.writeString(acme.resolve("deck.pdf"), "%PDF");
        Files.createSymbolicLink(acme.resolve("inside.pdf"), acme.resolve("deck.pdf"));
        Files.createSymbolicLink(acme.resolve("relative.pdf"), Path.of("deck.pdf"));
        Files.createSymbolicLink(acme.resolve("outside.pdf"), outside.resolve("secret.pdf"));
        Files.createSymbolicLink(acme.resolve("broken.png"), acme.resolve("missing.png"));
        List<String> e = errors();
        assertTrue(
                e.contains(
                        "missing-file content/accounts/acme/broken.png: this link points to a file that does not exist"),
                e.toString());
        assertTrue(
                e.contains(
                        "symlink content/accounts/acme/inside.pdf: this is a symbolic link; links in an account folder are not published"),
                e.toString());
        assertTrue(
                e.contains(
                        "symlink content/accounts/acme/relative.pdf: this is a symbolic link; links in an account folder are not published"),
                e.toString());
        assertTrue(
                e.contains(
                        "outside-content content/accounts/acme/outside.pdf: this is a link to a place outside the content folder"),
                e.toString());
        assertEquals(4, e.size(), e.toString());
    }

    @Test
    void symbolicLinksToFoldersAreReportedAtAnyDepthAndNeverFollowed() throws IOException {
        Path docs = Files.createDirectories(acme.resolve("docs/deep"));
        Files.writeString(docs.resolve("ok.pdf"), "%PDF");
        Files.createSymbolicLink(acme.resolve("shared"), Files.createDirectories(content.resolve("shared")));
        Files.createSymbolicLink(docs.resolve("loop"), acme);
        Files.createSymbolicLink(acme.resolve("docs/out"), outside);
        Files.createSymbolicLink(acme.resolve("notes"), outside);
        Diagnostics d = load();
        List<String> e = d.all().stream()
                .map(x -> x.rule() + " " + shownFile(x.at().file()))
                .toList();
        assertEquals(
                List.of(
                        "symlink accounts/acme/docs/deep/loop",
                        "outside-content accounts/acme/docs/out",
                        "outside-content accounts/acme/notes",
                        "symlink accounts/acme/shared"),
                e);
        assertTrue(
                d.all().get(0).hint().contains("copy the folder"),
                d.all().get(0).hint());
    }

    private String shownFile(String file) {
        return file.substring(file.indexOf("accounts/"));
    }

    @Test
    void theAttachmentsThatAreFineAreStillFound() throws IOException {
        Files.createDirectories(acme.resolve("docs/deep"));
        Files.writeString(acme.resolve("docs/deep/ok.pdf"), "%PDF");
        Files.writeString(acme.resolve("logo.png"), "png");
        Files.writeString(acme.resolve(".hidden.pdf"), "x");
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(content, LocalDate.of(2026, 6, 1), d);
        assertEquals(List.of(), d.all());
        List<Attachment> a = c.accounts().get(0).attachments();
        assertEquals(
                List.of("docs/deep/ok.pdf", "logo.png"),
                a.stream().map(Attachment::relativePath).toList());
        assertTrue(
                a.get(0).source().file().endsWith("content/accounts/acme/docs/deep/ok.pdf"),
                a.get(0).source().file());
        assertTrue(
                a.get(0).shownFolder("docs").endsWith("content/accounts/acme/docs"),
                a.get(0).shownFolder("docs"));
    }

    @Test
    void hardLinksAreReportedForAttachmentsAndPlanSourcesAlike() throws IOException {
        Path secret = outside.resolve("secret.pdf");
        try {
            Files.createLink(acme.resolve("deck.pdf"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no hard links");
        }
        Files.createLink(acme.resolve("swot.md"), Files.writeString(outside.resolve("passwords.txt"), "root:x"));
        Files.createDirectories(acme.resolve("docs"));
        Files.writeString(acme.resolve("docs/a.pdf"), "%PDF");
        Files.createLink(acme.resolve("docs/b.pdf"), acme.resolve("docs/a.pdf"));
        Files.createDirectories(acme.resolve("notes"));
        Files.createLink(
                acme.resolve("notes/visit.md"),
                Files.writeString(outside.resolve("note.md"), "---\ntitle: x\ndate: 2026-01-01\n---\nsecret"));
        List<String> e = load().all().stream()
                .filter(x -> x.rule().equals("hard-link"))
                .map(x -> shownFile(x.at().file()))
                .toList();
        assertEquals(
                List.of(
                        "accounts/acme/deck.pdf",
                        "accounts/acme/docs/a.pdf",
                        "accounts/acme/docs/b.pdf",
                        "accounts/acme/notes/visit.md",
                        "accounts/acme/swot.md"),
                e);
    }

    @Test
    void aHardLinkedAccountYamlOrPortalYamlIsNotRead() throws IOException {
        Files.delete(acme.resolve("account.yaml"));
        Files.createLink(
                acme.resolve("account.yaml"), Files.writeString(outside.resolve("a.yaml"), "name: A\nowner: B\n"));
        Files.createLink(content.resolve("portal.yaml"), Files.writeString(outside.resolve("p.yaml"), "title: T\n"));
        List<String> e = load().all().stream()
                .map(x -> x.rule() + " " + shownFile2(x.at().file()))
                .toList();
        assertEquals(List.of("hard-link accounts/acme/account.yaml", "hard-link portal.yaml"), e);
    }

    private String shownFile2(String file) {
        return file.substring(file.indexOf("content/") + 8);
    }

    @Test
    void pipesAreReportedAndNeverOpened() throws IOException, InterruptedException {
        Files.createDirectories(acme.resolve("docs"));
        Process p;
        try {
            p = new ProcessBuilder(
                            "mkfifo",
                            acme.resolve("pipe").toString(),
                            acme.resolve("docs/pipe2").toString())
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        List<String> e = load().all().stream()
                .map(x -> x.rule() + " " + shownFile(x.at().file()))
                .toList();
        assertEquals(List.of("unknown-file accounts/acme/docs/pipe2", "unknown-file accounts/acme/pipe"), e);
    }

    @Test
    void markdownOutsideItsPlacesBecomesAnAttachmentForValidationToExplain() throws IOException {
        Files.createDirectories(acme.resolve("docs"));
        Files.writeString(acme.resolve("docs/swot.md"), "x");
        Files.writeString(acme.resolve("SWOT.MD"), "x");
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(content, LocalDate.of(2026, 6, 1), d);
        assertEquals(List.of(), d.all());
        assertEquals(
                List.of("SWOT.MD", "docs/swot.md"),
                c.accounts().get(0).attachments().stream()
                        .map(Attachment::relativePath)
                        .toList());
        assertEquals("accounts/acme/docs/swot.md", shown(acme.resolve("docs/swot.md")));
    }
}
