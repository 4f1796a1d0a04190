package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a stopped build leaves next to the output, and how the next build deals with it. A kill is
 * simulated by leaving the folders and journal exactly as a build leaves them at that moment, with
 * the id of a process that has ended (or of this one, for a build still running).
 */
class LeftoversTest {
    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("_site");
    }

    private OutputFolder open() {
        return OutputFolder.open(
                site(),
                List.of(dir.resolve("content"), dir.resolve("site-theme")),
                dir.resolve("work"),
                dir.resolve("home"));
    }

    /** A committed site with one page, as a build leaves it. */
    private void build(String page) throws IOException {
        try (OutputFolder.Staging s = open().stage()) {
            Files.writeString(s.path().resolve("index.html"), page);
            Files.createDirectories(s.path().resolve("accounts/acme"));
            Files.writeString(s.path().resolve("accounts/acme/index.html"), page + " acme");
            s.commit();
        }
    }

    /** An owner that has ended: a process that ran on this machine and is gone. */
    private static Owner deadOwner() throws Exception {
        Process p = new ProcessBuilder("java", "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long start = p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        p.waitFor();
        return new Owner(p.pid(), start, Owner.thisHost(), Instant.now().toEpochMilli());
    }

    private static Owner liveOwner() {
        return Owner.current(Instant.now());
    }

    /** A folder as a build's staging looks while rendering: marker, owner, some pages. */
    private Path staging(String id, Owner owner) throws IOException {
        Path s = Files.createDirectories(dir.resolve(Leftovers.stagingName(site(), id)));
        Files.writeString(s.resolve(OutputFolder.MARKER), "KeyPlan");
        if (owner != null) {
            Files.writeString(s.resolve(OutputFolder.OWNER), owner.text());
        }
        Files.createDirectories(s.resolve("accounts/acme"));
        Files.writeString(s.resolve("accounts/acme/index.html"), "half");
        return s;
    }

    /** Stops a swap the way a kill between the two renames does: journal written, old site renamed aside. */
    private void stopBetweenTheRenames(String id, Owner owner) throws IOException {
        Path s = staging(id, null);
        Files.writeString(dir.resolve(Leftovers.journalName(site(), id)), owner.text());
        Files.move(site(), dir.resolve(Leftovers.oldName(site(), id)));
        assertTrue(Files.isDirectory(s));
        assertFalse(Files.exists(site()), "the moment without an output folder");
    }

    @Test
    void aSwapStoppedBetweenItsRenamesIsUndoneByTheNextBuildWhichSaysSo() throws Exception {
        build("previous");
        Map<String, String> before = snapshot(site());
        stopBetweenTheRenames("a1", deadOwner());

        OutputFolder out = open();
        assertEquals(before, snapshot(site()), "the previous site is back, byte for byte");
        assertEquals(1, out.notes().size(), out.notes().toString());
        assertTrue(
                out.notes().get(0).contains("previous site was put back"),
                out.notes().get(0));
        assertEquals(List.of("_site"), names(), "journal, old and staging folders are gone");

        build("next"); // and the next build works as usual
        assertEquals("next", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("_site"), names());
    }

    @Test
    void aSwapStoppedAfterItsRenamesKeepsTheNewSiteAndRemovesTheOldOne() throws Exception {
        build("previous");
        build("new");
        // Killed while deleting the old site: some of it gone, marker still there, journal still there.
        Path old = Files.createDirectories(dir.resolve(Leftovers.oldName(site(), "b2")));
        Files.writeString(old.resolve(OutputFolder.MARKER), "KeyPlan");
        Files.writeString(old.resolve("index.html"), "previous");
        Files.writeString(
                dir.resolve(Leftovers.journalName(site(), "b2")), deadOwner().text());

        OutputFolder out = open();
        assertEquals("new", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("_site"), names());
        assertTrue(
                out.notes().stream().noneMatch(n -> n.contains("put back")),
                out.notes().toString());
    }

    @Test
    void aSwapOfABuildStillRunningIsNotTouched() throws Exception {
        build("previous");
        stopBetweenTheRenames("c3", liveOwner());
        OutputFolder.open(site(), List.of(), null, null); // a second build at the same moment
        assertFalse(Files.exists(site()), "the running build's swap is not undone under its feet");
        assertTrue(Files.exists(dir.resolve(Leftovers.oldName(site(), "c3"))));
        assertTrue(Files.exists(dir.resolve(Leftovers.journalName(site(), "c3"))));
        assertTrue(Files.exists(dir.resolve(Leftovers.stagingName(site(), "c3"))));
    }

    @Test
    void aSwapOfABuildOnAnotherMachineIsUndoneOnlyAfterAnHour() throws Exception {
        build("previous");
        Owner elsewhere = new Owner(1, 0, "another-machine", Instant.now().toEpochMilli());
        stopBetweenTheRenames("d4", elsewhere);
        open();
        assertFalse(Files.exists(site()), "it may still be running there");

        Owner longAgo = new Owner(
                1,
                0,
                "another-machine",
                Instant.now().minus(Duration.ofMinutes(61)).toEpochMilli());
        Files.writeString(dir.resolve(Leftovers.journalName(site(), "d4")), longAgo.text());
        OutputFolder out = open();
        assertEquals("previous", Files.readString(site().resolve("index.html")));
        assertEquals(1, out.notes().size());
        assertEquals(List.of("_site"), names());
    }

    @Test
    void stagingFoldersOfStoppedBuildsAreSweptOthersAreLeftAlone() throws Exception {
        build("previous");
        Map<String, String> before = snapshot(site());
        staging("dead", deadOwner());
        staging("running", liveOwner());
        staging("elsewhere", new Owner(1, 0, "another-machine", Instant.now().toEpochMilli()));
        staging(
                "elsewhere-long-ago",
                new Owner(
                        1,
                        0,
                        "another-machine",
                        Instant.now().minus(Duration.ofHours(2)).toEpochMilli()));
        Path unknownRecent = staging("no-owner-recent", null);
        Path unknownOld = staging("no-owner-old", null);
        Files.setLastModifiedTime(unknownOld, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Files.setLastModifiedTime(unknownRecent, FileTime.from(Instant.now()));

        OutputFolder out = open();
        assertEquals(
                List.of(
                        "._site.staging-elsewhere",
                        "._site.staging-no-owner-recent",
                        "._site.staging-running",
                        "_site"),
                names());
        assertTrue(
                out.notes().stream().anyMatch(n -> n.startsWith("Removed 3 folders")),
                out.notes().toString());
        assertEquals(before, snapshot(site()), "the output itself is untouched");
    }

    @Test
    void foldersWithoutTheMarkerAreNeverTouched() throws Exception {
        build("previous");
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(30)));
        Path foreign = Files.createDirectories(dir.resolve(Leftovers.stagingName(site(), "foreign")));
        Files.writeString(foreign.resolve("thesis.docx"), "precious");
        Files.writeString(foreign.resolve(OutputFolder.OWNER), deadOwner().text());
        Path foreignOld = Files.createDirectories(dir.resolve(Leftovers.oldName(site(), "foreign")));
        Files.writeString(foreignOld.resolve("notes.txt"), "precious");
        Files.setLastModifiedTime(foreign, longAgo);
        Files.setLastModifiedTime(foreignOld, longAgo);
        Path link = dir.resolve(Leftovers.stagingName(site(), "link"));
        Files.createSymbolicLink(link, site());
        Files.writeString(
                dir.resolve(Leftovers.journalName(site(), "foreign")),
                deadOwner().text());

        open();
        assertEquals("precious", Files.readString(foreign.resolve("thesis.docx")));
        assertEquals("precious", Files.readString(foreignOld.resolve("notes.txt")));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(
                "previous",
                Files.readString(site().resolve("index.html")),
                "a link named like a leftover is not followed");
    }

    @Test
    void aGivenUpStagingLetsNoWriterInAndLeavesNothing() throws Exception {
        build("previous");
        Map<String, String> before = snapshot(site());
        OutputFolder.Staging s = open().stage();
        FolderSiteWriter w = new FolderSiteWriter(s.path(), s);
        w.writeText("accounts/acme/index.html", "new");
        s.close(); // what the shutdown hook does on Ctrl-C
        assertThrows(BuildStoppedException.class, () -> w.writeText("accounts/other/index.html", "late"));
        assertThrows(BuildStoppedException.class, () -> w.writeText("accounts/acme/print.html", "late"));
        assertThrows(BuildStoppedException.class, s::commit);
        assertThrows(BuildStoppedException.class, s::enter);
        assertEquals(List.of("_site"), names(), "no writer made the staging folder again");
        assertEquals(before, snapshot(site()));
    }

    @Test
    void givingUpWaitsForTheWritesInProgress() throws Exception {
        OutputFolder.Staging s = open().stage();
        WriteGate.Permit writing = s.enter();
        Thread stopper = new Thread(s::close);
        stopper.start();
        stopper.join(300);
        assertTrue(stopper.isAlive(), "the folder is not deleted under a write");
        assertTrue(Files.isDirectory(s.path()));
        writing.close();
        stopper.join(10_000);
        assertFalse(stopper.isAlive());
        assertFalse(Files.exists(s.path()));
    }

    @Test
    void theOwnerFileIsNotPublishedAndAStagingCarriesTheMarkerFromTheStart() throws Exception {
        try (OutputFolder.Staging s = open().stage()) {
            assertTrue(Files.isRegularFile(s.path().resolve(OutputFolder.MARKER)));
            Owner owner = Owner.read(s.path().resolve(OutputFolder.OWNER)).orElseThrow();
            assertEquals(ProcessHandle.current().pid(), owner.pid());
            assertFalse(owner.abandoned(Instant.now()), "this process is alive");
            s.commit();
        }
        assertTrue(Files.exists(site().resolve(OutputFolder.MARKER)));
        assertFalse(Files.exists(site().resolve(OutputFolder.OWNER)));
    }

    @Test
    void ownersAreReadOnlyFromFilesKeyPlanWrote() throws Exception {
        Path f = dir.resolve("owner");
        for (String text : List.of("", "pid=x\nstart=1\ncreated=2\n", "garbage", "pid=1\n")) {
            Files.writeString(f, text);
            assertTrue(Owner.read(f).isEmpty(), text);
        }
        assertTrue(Owner.read(dir.resolve("missing")).isEmpty());
        Owner o = new Owner(42, 7, "host", 99);
        Files.writeString(f, o.text());
        assertEquals(Owner.read(f).orElseThrow(), o);
    }

    @Test
    void anOutputUnderAFileIsRefusedWithThePath() throws Exception {
        Files.writeString(dir.resolve("report.txt"), "a file");
        for (String output : List.of("report.txt/_site", "report.txt/a/b/_site")) {
            OutputRefusedException e = assertThrows(
                    OutputRefusedException.class, () -> OutputFolder.open(dir.resolve(output), List.of(), null, null));
            assertTrue(e.getMessage().contains("report.txt is a file"), e.getMessage());
        }
        OutputRefusedException e = assertThrows(
                OutputRefusedException.class,
                () -> OutputFolder.open(dir.resolve("report.txt"), List.of(), null, null));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under {@code root} with its content. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
