package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.pipeline.FakeStages;
import io.keyplan.publish.BuildStoppedException;
import io.keyplan.publish.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped by the machine (no permission, a full disk, a file in the way) or from outside:
 * exit code 2 (or 130) with the path in plain words, never "internal problem", and the previous
 * site untouched with nothing left next to it.
 */
class MachineProblemsTest {
    @TempDir
    Path dir;

    final FakeStages stages = new FakeStages();
    String err;

    @BeforeEach
    void previousSite() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        assertEquals(0, run(dir.resolve("_site")));
    }

    int run(Path output) {
        CliRun run = CliRun.of(
                List.of("build", "--content", dir.resolve("content").toString(), "--output", output.toString()),
                new HashMap<>(),
                "2026-03-01T10:00:00Z",
                stages);
        err = run.err();
        return run.code();
    }

    private void assertPreviousSiteUntouched() throws IOException {
        assertEquals("<p>acme</p>", Files.readString(dir.resolve("_site/accounts/acme/index.html")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(
                    List.of("_site", "content"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(err.contains("internal problem") || err.contains("Exception") || err.contains("at io."), err);
    }

    @Test
    void aFullDiskIsExitTwoWithThePath() throws IOException {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "Linux only");
        IOException enospc = assertThrows(IOException.class, () -> Files.writeString(full, "x".repeat(100_000)));
        stages.renderFailure = new UncheckedIOException(
                "cannot write " + dir.resolve("._site.staging-1/accounts/acme/index.html"), enospc);
        assertEquals(ExitCode.USAGE, run(dir.resolve("_site")));
        assertTrue(err.contains("accounts/acme/index.html: the disk is full"), err);
        assertPreviousSiteUntouched();
    }

    @Test
    void anUnreadableAttachmentIsExitTwoWithThePath() throws IOException {
        String attachment = dir.resolve("content/accounts/acme/offer.pdf").toString();
        stages.renderFailure = new UncheckedIOException(
                "cannot copy " + attachment + " to accounts/acme/offer.pdf", new AccessDeniedException(attachment));
        assertEquals(ExitCode.USAGE, run(dir.resolve("_site")));
        assertTrue(err.contains(attachment) && err.contains("permission denied"), err);
        assertPreviousSiteUntouched();
    }

    @Test
    void aStoppedBuildLeavesNothingBehind() throws IOException {
        stages.renderFailure = new BuildStoppedException("the build was stopped; _site was left as it was");
        assertEquals(ExitCode.STOPPED, run(dir.resolve("_site")));
        assertTrue(err.contains("the build was stopped"), err);
        assertPreviousSiteUntouched();
    }

    @Test
    void anOutputUnderAFileOrAFileAsOutputIsExitTwo() throws IOException {
        Files.writeString(dir.resolve("content/notes.txt"), "x");
        Path file = Files.writeString(dir.resolve("portal.txt"), "a file");
        assertEquals(ExitCode.USAGE, run(file.resolve("_site")));
        assertTrue(err.contains("portal.txt is a file, not a folder"), err);
        assertEquals(ExitCode.USAGE, run(file));
        assertTrue(err.contains("is not a folder"), err);
        Files.delete(file);
        assertPreviousSiteUntouched();
    }

    /** /sys refuses new folders even to root: the nearest thing to a parent folder without write permission. */
    @Test
    void anOutputWhoseParentCannotBeWrittenIsExitTwo() {
        Path sys = Path.of("/sys");
        Assumptions.assumeTrue(Files.isDirectory(sys) && !Files.exists(sys.resolve("keyplan-test-site")), "Linux only");
        assertEquals(ExitCode.USAGE, run(sys.resolve("keyplan-test-site")));
        assertTrue(err.startsWith("keyplan: cannot create a staging folder next to /sys/keyplan-test-site"), err);
        assertFalse(err.contains("internal problem"), err);
    }

    @Test
    void aSwapCutShortIsRepairedByTheNextBuildWhichSaysSo() throws Exception {
        // As a build killed between its two renames leaves it: the journal of a process that is gone, the old site
        // aside.
        Process gone = new ProcessBuilder("java", "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        gone.waitFor();
        Files.writeString(
                dir.resolve("._site.swap-x1"),
                "pid=" + gone.pid() + "\nstart=0\nhost=" + hostName() + "\ncreated="
                        + Instant.now().toEpochMilli() + "\n");
        Files.move(dir.resolve("_site"), dir.resolve("._site.old-x1"));
        Files.createDirectories(dir.resolve("._site.staging-x1"));
        Files.writeString(dir.resolve("._site.staging-x1").resolve(OutputFolder.MARKER), "KeyPlan");

        stages.errors = 1; // even a build that writes nothing puts the previous site back
        assertEquals(ExitCode.CONTENT_ERRORS, run(dir.resolve("_site")));
        assertTrue(err.contains("the previous site was put back"), err);
        stages.errors = 0;
        err = "";
        assertPreviousSiteUntouched();
    }

    private static String hostName() throws IOException {
        for (String f : List.of("/proc/sys/kernel/hostname", "/etc/hostname")) {
            if (Files.isReadable(Path.of(f)) && !Files.readString(Path.of(f)).isBlank()) {
                return Files.readString(Path.of(f)).strip();
            }
        }
        return System.getenv().getOrDefault("COMPUTERNAME", "");
    }
}
