package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous site deleted where the build does not wait ({@link OutputFolder.Staging#commitInBackground()}):
 * renamed aside and retired at once, deleted by a daemon thread, finished by the next build when a
 * JVM's exit cut it short. Under the output's name there is always one whole site, and the new
 * site's links into the old one's files stay valid.
 */
class RetiredSiteTest {
    @TempDir
    Path dir;

    private final List<Process> sleepers = new ArrayList<>();

    @AfterEach
    void settle() {
        sleepers.forEach(Process::destroy);
        Leftovers.awaitDeletions();
    }

    private Path site() {
        return dir.resolve("_site");
    }

    private OutputFolder open() {
        return OutputFolder.open(site(), List.of(dir.resolve("content")), dir.resolve("work"), dir.resolve("home"));
    }

    /** A build as SiteBuild runs it: pages through a writer that links from the previous site, then the swap. */
    private FolderSiteWriter build(Map<String, String> pages) {
        OutputFolder out = open();
        try (OutputFolder.Staging s = out.stage()) {
            FolderSiteWriter w = new FolderSiteWriter(s.path(), s, s.replaces(), s.retired());
            pages.forEach(w::writeText);
            s.commitInBackground();
            return w;
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<Path> retired() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("._site.old-"))
                    .sorted()
                    .toList();
        }
    }

    private static int links(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    }

    /** An owner that is alive and is not this JVM: a build still at work in another process. */
    private Owner otherLiveOwner() throws IOException {
        Process p = new ProcessBuilder("sleep", "60").start();
        sleepers.add(p);
        long start = p.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
        return new Owner(p.pid(), start, Owner.thisHost(), Instant.now().toEpochMilli());
    }

    private static Owner deadOwner() throws Exception {
        Process p = new ProcessBuilder("true").start();
        long start = p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        p.waitFor();
        return new Owner(p.pid(), start, Owner.thisHost(), Instant.now().toEpochMilli());
    }

    /** A retired site as a build leaves it when its JVM exits in the middle of deleting it. */
    private Path halfDeletedRetiredSite(String id, Owner owner) throws IOException {
        Path old = Files.createDirectories(dir.resolve(Leftovers.oldName(site(), id)));
        Files.writeString(old.resolve(OutputFolder.MARKER), "KeyPlan");
        Files.writeString(old.resolve(OutputFolder.OWNER), owner.text());
        Files.createDirectories(old.resolve("accounts/zeta"));
        Files.writeString(old.resolve("accounts/zeta/index.html"), "left over");
        return old;
    }

    @Test
    void twoBuildsInARowReplaceTheSiteAtOnceAndTheOldOneGoesAfterwards() throws Exception {
        build(Map.of("index.html", "first", "accounts/acme/index.html", "acme"));
        FolderSiteWriter second = build(Map.of("index.html", "second", "accounts/acme/index.html", "acme"));
        // The moment the swap returns: the new site whole under the output's name, no journal left.
        assertEquals("second", Files.readString(site().resolve("index.html")));
        assertEquals("acme", Files.readString(site().resolve("accounts/acme/index.html")));
        assertTrue(names().stream().noneMatch(n -> n.contains(".swap-")), names().toString());
        assertEquals(1, second.linked(), "the unchanged page was linked from the previous site");
        for (Path old : retired()) {
            assertTrue(Files.isRegularFile(old.resolve(OutputFolder.OWNER)), "retired, not a stopped build's");
        }
        Leftovers.awaitDeletions();
        assertEquals(List.of("_site"), names());
        assertEquals("acme", Files.readString(site().resolve("accounts/acme/index.html")));
        assertEquals(1, links(site().resolve("accounts/acme/index.html")), "the link outlived the old name");
        assertFalse(Files.exists(site().resolve(OutputFolder.OWNER)), "the owner file is never published");
    }

    @Test
    void aBuildIntoANewFolderHasNothingToRetire() throws Exception {
        FolderSiteWriter w = build(Map.of("index.html", "new"));
        assertEquals(0, w.linked());
        assertEquals("new", Files.readString(site().resolve("index.html")));
        Leftovers.awaitDeletions();
        assertEquals(List.of("_site"), names());
    }

    @Test
    void aRetiredSiteStillBeingDeletedDoesNotStopTheLinksAndIsRemovedAfterwards() throws Exception {
        build(Map.of("index.html", "same", "a.html", "A", "b.html", "B"));
        Leftovers.awaitDeletions();
        // The site before: its unchanged files have a second name in a retired site that another build is
        // still deleting (it lives), at the same path; one file has a second name somewhere else.
        Path old = Files.createDirectories(dir.resolve(Leftovers.oldName(site(), "other")));
        Files.writeString(old.resolve(OutputFolder.MARKER), "KeyPlan");
        Files.writeString(old.resolve(OutputFolder.OWNER), otherLiveOwner().text());
        Files.createLink(old.resolve("index.html"), site().resolve("index.html"));
        Files.createLink(old.resolve("a.html"), site().resolve("a.html"));
        Files.createLink(dir.resolve("backup-b.html"), site().resolve("b.html"));
        Files.createLink(old.resolve("moved.html"), site().resolve("a.html")); // not at its own path

        OutputFolder out = open();
        assertEquals(List.of(), out.notes(), "a retired site is no stopped build: nothing to tell");
        assertTrue(Files.isDirectory(old), "another live build's retired site is left to it");
        try (OutputFolder.Staging s = out.stage()) {
            assertEquals(List.of(old), s.retired());
            FolderSiteWriter w = new FolderSiteWriter(s.path(), s, s.replaces(), s.retired());
            w.writeText("index.html", "same");
            w.writeText("b.html", "B");
            w.writeText("a.html", "A");
            assertTrue(Files.isSameFile(s.path().resolve("index.html"), site().resolve("index.html")));
            assertFalse(
                    Files.isSameFile(s.path().resolve("b.html"), site().resolve("b.html")),
                    "a second name outside KeyPlan's retired sites still means: write it");
            assertFalse(
                    Files.isSameFile(s.path().resolve("a.html"), site().resolve("a.html")),
                    "a third name, at another path, is not accounted for: written");
            assertEquals(1, w.linked());
            s.commitInBackground();
        }
        sleepers.forEach(Process::destroy);
        for (Process p : sleepers) {
            p.waitFor(10, TimeUnit.SECONDS);
        }
        // The next build finds both retired sites orphaned and deletes them while it renders.
        open().stage().close();
        Leftovers.awaitDeletions();
        assertEquals(List.of("_site", "backup-b.html"), names());
        assertEquals("same", Files.readString(site().resolve("index.html")));
        assertEquals(1, links(site().resolve("index.html")));
    }

    @Test
    void whatAnExitCutShortIsFinishedByTheNextBuildWithoutANote() throws Exception {
        build(Map.of("index.html", "current"));
        Leftovers.awaitDeletions();
        Path old = halfDeletedRetiredSite("gone", deadOwner());

        OutputFolder out = open();
        assertEquals(List.of(), out.notes());
        assertTrue(Files.exists(old), "not while the build loads: from its staging on");
        out.stage().close();
        Leftovers.awaitDeletions();
        assertFalse(Files.exists(old));
        assertEquals(List.of("_site"), names());
        assertEquals("current", Files.readString(site().resolve("index.html")));
    }

    @Test
    void aStaleJournalNeverPutsARetiredSiteBack() throws Exception {
        // The swap was complete and the site retired, but the journal could not be deleted (locked, full
        // disk); then the output was removed by hand. The retired site may be half deleted: it is deleted,
        // not put back under the output's name.
        Files.createDirectories(dir);
        Path old = halfDeletedRetiredSite("stuck", deadOwner());
        Path journal = dir.resolve(Leftovers.journalName(site(), "stuck"));
        Files.writeString(journal, deadOwner().text());

        OutputFolder out = open();
        assertEquals(List.of(), out.notes());
        assertFalse(Files.exists(site()), "nothing put back");
        out.stage().close();
        Leftovers.awaitDeletions();
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(journal));
        assertEquals(List.of(), names());
    }

    @Test
    void aRetiredSiteOfThisJvmThatNobodyDeletesIsDeletedToo() throws Exception {
        build(Map.of("index.html", "current"));
        Leftovers.awaitDeletions();
        Path old = halfDeletedRetiredSite("mine", Owner.current(Instant.now()));
        open().stage().close();
        Leftovers.awaitDeletions();
        assertFalse(Files.exists(old));
    }

    @Test
    void aRetiredSiteIsNeverPutBackUnderTheOutputsName() throws Exception {
        // The output removed by hand while a half-deleted retired site lies beside it: there is no journal,
        // so nothing half deleted can become the output.
        Path old = halfDeletedRetiredSite("half", deadOwner());
        OutputFolder out = open();
        assertEquals(List.of(), out.notes());
        assertFalse(Files.exists(site()));
        try (OutputFolder.Staging s = out.stage()) {
            Leftovers.awaitDeletions();
            assertFalse(Files.exists(site()));
            assertFalse(Files.exists(old));
            assertNull(s.replaces());
            Files.writeString(s.path().resolve("index.html"), "fresh");
            s.commitInBackground();
        }
        assertEquals("fresh", Files.readString(site().resolve("index.html")));
    }

    @Test
    void aKillAfterTheRenamesBeforeTheJournalWentDeletesTheRetiredSiteAndKeepsTheNewOne() throws Exception {
        build(Map.of("index.html", "new"));
        Leftovers.awaitDeletions();
        // Retired (owner written), journal not yet removed, process gone.
        Path old = halfDeletedRetiredSite("k1", deadOwner());
        Files.writeString(
                dir.resolve(Leftovers.journalName(site(), "k1")), deadOwner().text());
        OutputFolder out = open();
        Leftovers.awaitDeletions();
        assertTrue(
                out.notes().stream().noneMatch(n -> n.contains("put back")),
                out.notes().toString());
        assertFalse(Files.exists(old));
        assertEquals(List.of("_site"), names());
        assertEquals("new", Files.readString(site().resolve("index.html")));
    }

    /**
     * A real JVM that commits and exits at once, as the build's second JVM does: its deletion is cut
     * short wherever it was, and the next build finishes it.
     */
    @Test
    void aJvmThatExitsRightAfterTheSwapLeavesWorkTheNextBuildFinishes() throws Exception {
        build(Map.of("index.html", "first"));
        Leftovers.awaitDeletions();
        // A previous site large enough that its deletion cannot be over before the JVM has exited.
        try (OutputFolder.Staging s = open().stage()) {
            for (int i = 0; i < 300; i++) {
                Path account = Files.createDirectories(s.path().resolve("accounts/a" + i));
                Files.writeString(account.resolve("index.html"), "page " + i);
            }
            s.commit();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitAndExit.class.getName(),
                        site().toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), said);
        assertEquals("after exit", Files.readString(site().resolve("index.html")));
        assertTrue(names().stream().noneMatch(n -> n.contains(".swap-")), names().toString());
        for (Path old : retired()) {
            // Wherever the exit cut the deletion short, the folder still says what it is and whose.
            assertTrue(Files.isRegularFile(old.resolve(OutputFolder.MARKER)), old.toString());
            assertTrue(Files.isRegularFile(old.resolve(OutputFolder.OWNER)), old.toString());
        }
        OutputFolder next = open();
        assertEquals(List.of(), next.notes());
        next.stage().close();
        Leftovers.awaitDeletions();
        assertEquals(List.of("_site"), names());
        assertEquals("after exit", Files.readString(site().resolve("index.html")));
    }

    /** The child of {@link #aJvmThatExitsRightAfterTheSwapLeavesWorkTheNextBuildFinishes}. */
    static final class CommitAndExit {
        public static void main(String[] args) throws IOException {
            Path out = Path.of(args[0]);
            try (OutputFolder.Staging s =
                    OutputFolder.open(out, List.of(), null, null).stage()) {
                Files.writeString(s.path().resolve("index.html"), "after exit");
                s.commitInBackground();
            }
            System.exit(0);
        }
    }
}
