package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    OutputFolder open(Path out) {
        return OutputFolder.open(
                out,
                List.of(dir.resolve("content"), dir.resolve("site-theme")),
                dir.resolve("work"),
                dir.resolve("home"));
    }

    @Test
    void commitReplacesTheOldSiteAndLeavesNothingBehind() throws IOException {
        Path site = dir.resolve("_site");
        OutputFolder out = open(site);
        try (OutputFolder.Staging s = out.stage()) {
            Files.writeString(s.path().resolve("old.html"), "old");
            s.commit();
        }
        try (OutputFolder.Staging s = open(site).stage()) {
            Files.writeString(s.path().resolve("new.html"), "new");
            s.commit();
        }
        assertTrue(Files.exists(site.resolve("new.html")));
        assertFalse(Files.exists(site.resolve("old.html")));
        assertTrue(Files.exists(site.resolve(OutputFolder.MARKER)));
        assertEquals(List.of("_site"), names());
    }

    @Test
    void uncommittedStagingIsDeletedAndOldSiteUntouched() throws IOException {
        Path site = dir.resolve("_site");
        try (OutputFolder.Staging s = open(site).stage()) {
            Files.writeString(s.path().resolve("index.html"), "old");
            s.commit();
        }
        try (OutputFolder.Staging s = open(site).stage()) {
            Files.writeString(s.path().resolve("index.html"), "half");
        }
        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("_site"), names());
    }

    @Test
    void filesLinkedFromTheOldSiteSurviveItsDeletionAndAFailedBuildLeavesItAsItWas() throws IOException {
        Path site = dir.resolve("_site");
        try (OutputFolder.Staging s = open(site).stage()) {
            Files.writeString(s.path().resolve("index.html"), "same");
            Files.writeString(s.path().resolve("other.html"), "old");
            s.commit();
        }
        // A build that links a file and fails: the old site keeps its bytes and its files their one name.
        try (OutputFolder.Staging s = open(site).stage()) {
            assertEquals(site, s.replaces());
            FolderSiteWriter w = new FolderSiteWriter(s.path(), s, s.replaces());
            w.writeText("index.html", "same");
            w.writeText("other.html", "new");
            assertEquals(1, w.linked());
        }
        assertEquals("same", Files.readString(site.resolve("index.html")));
        assertEquals("old", Files.readString(site.resolve("other.html")));
        assertEquals(1, Files.getAttribute(site.resolve("index.html"), "unix:nlink"));
        assertEquals(List.of("_site"), names());
        // One that links and commits: deleting the old site takes only its names away.
        Object inode = Files.readAttributes(
                        site.resolve("index.html"), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        try (OutputFolder.Staging s = open(site).stage()) {
            FolderSiteWriter w = new FolderSiteWriter(s.path(), s, s.replaces());
            w.writeText("index.html", "same");
            w.writeText("other.html", "new");
            s.commit();
        }
        assertEquals("same", Files.readString(site.resolve("index.html")));
        assertEquals("new", Files.readString(site.resolve("other.html")));
        assertEquals(
                inode,
                Files.readAttributes(site.resolve("index.html"), java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey());
        assertEquals(1, Files.getAttribute(site.resolve("index.html"), "unix:nlink"));
        assertEquals(List.of("_site"), names());
    }

    @Test
    void refusesDangerousOutputs() throws IOException {
        Files.createDirectories(dir.resolve("work"));
        assertThrows(OutputRefusedException.class, () -> open(dir.resolve("content")));
        assertThrows(OutputRefusedException.class, () -> open(dir));
        assertThrows(OutputRefusedException.class, () -> open(dir.resolve("site-theme")));
        assertThrows(OutputRefusedException.class, () -> open(dir.resolve("content/_site")));
        assertThrows(OutputRefusedException.class, () -> open(dir.resolve("home")));
        assertThrows(OutputRefusedException.class, () -> open(dir.resolve("work")));
        assertThrows(OutputRefusedException.class, () -> open(dir.resolve("work/..")));
        assertThrows(OutputRefusedException.class, () -> open(dir.getRoot()));
    }

    @Test
    void refusesToReplaceAForeignNonEmptyFolder() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("thesis.docx"), "precious");
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> open(docs));
        assertTrue(e.getMessage().contains(OutputFolder.MARKER));
        Files.createDirectories(dir.resolve("empty"));
        open(dir.resolve("empty"));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
