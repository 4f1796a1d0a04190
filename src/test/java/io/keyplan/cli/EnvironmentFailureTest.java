package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.publish.BuildStoppedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Problems of the machine are exit code 2 with the path in plain words; bugs stay exit code 3. */
class EnvironmentFailureTest {
    private static Optional<String> describe(Throwable e) {
        return EnvironmentFailure.describe(e, "UTF-8");
    }

    @Test
    void permissionsMissingFilesAndFilesInTheWayNameThePath() {
        String attachment = "/plans/content/accounts/acme/offer.pdf";
        String m = describe(new UncheckedIOException(
                        "cannot copy " + attachment + " to /out/.x.staging-1/accounts/acme/offer.pdf",
                        new AccessDeniedException(attachment)))
                .orElseThrow();
        assertTrue(m.startsWith("cannot copy " + attachment) && m.contains("permission denied"), m);

        m = describe(new UncheckedIOException(
                        "cannot create a staging folder next to /srv/site",
                        new AccessDeniedException("/srv/.site.staging-1")))
                .orElseThrow();
        assertTrue(
                m.contains("/srv/site") && m.contains("(/srv/.site.staging-1)") && m.contains("permission denied"), m);

        m = describe(new NoSuchFileException("/plans/content/accounts/acme/gone.pdf"))
                .orElseThrow();
        assertTrue(m.contains("/plans/content/accounts/acme/gone.pdf") && m.contains("does not exist"), m);

        m = describe(new UncheckedIOException("cannot create the folder /out/x", new NotDirectoryException("/out/x")))
                .orElseThrow();
        assertTrue(m.contains("/out/x") && m.contains("a file is where a folder is needed"), m);

        // FileSystemException's own reason, as Linux gives it for EPERM, EROFS, ENOSPC
        for (String[] c : List.of(
                new String[] {"Operation not permitted", "permission denied"},
                new String[] {"Read-only file system", "read-only"},
                new String[] {"No space left on device", "disk is full"},
                new String[] {"Disk quota exceeded", "quota"})) {
            m = describe(new FileSystemException("/mnt/share/_site", null, c[0]))
                    .orElseThrow();
            assertTrue(m.contains("/mnt/share/_site") && m.contains(c[1]), m);
        }
    }

    /** A real full disk: /dev/full answers every write with ENOSPC, as a full disk does. */
    @Test
    void aFullDiskIsNamedAsSuch() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "Linux only");
        IOException real = assertThrows(IOException.class, () -> Files.writeString(full, "x".repeat(100_000)));
        String m = describe(new UncheckedIOException("cannot write /out/.site.staging-1/index.html", real))
                .orElseThrow();
        assertEquals("cannot write /out/.site.staging-1/index.html: the disk is full. Nothing was written.", m);
        // Wrapped again, as a renderer's worker thread passes it on.
        assertTrue(describe(new CompletionException(new UncheckedIOException("cannot write /a", real)))
                .isPresent());
    }

    @Test
    void fileNamesTheLocaleCannotExpressNameTheFix() {
        InvalidPathException e = new InvalidPathException(
                "accounts/acme/Pr\uFFFD\uFFFDsentation.pdf", "Malformed input or input contains unmappable characters");
        String m = EnvironmentFailure.describe(new RuntimeException(e), "ANSI_X3.4-1968")
                .orElseThrow();
        assertTrue(m.contains("LC_ALL=C.UTF-8") && m.contains("ANSI_X3.4-1968"), m);
        m = EnvironmentFailure.describe(e, "UTF-8").orElseThrow();
        assertTrue(m.contains("Pr\uFFFD\uFFFDsentation.pdf") && !m.contains("LC_ALL"), m);
        assertTrue(EnvironmentFailure.isUtf8("UTF-8") && EnvironmentFailure.isUtf8("utf8"));
        assertFalse(EnvironmentFailure.isUtf8("ANSI_X3.4-1968")
                || EnvironmentFailure.isUtf8(null)
                || EnvironmentFailure.isUtf8("no such"));
    }

    @Test
    void bugsAreNotBlamedOnTheMachine() {
        assertEquals(Optional.empty(), describe(new NullPointerException()));
        assertEquals(Optional.empty(), describe(new IllegalStateException("x", new IllegalArgumentException())));
        assertEquals(Optional.empty(), describe(new UncheckedIOException(new IOException("Stream closed"))));
        assertEquals(Optional.empty(), describe(new UncheckedIOException("cannot read the schema", new IOException())));
    }

    @Test
    void mainGivesExitCodeTwoForTheMachineThreeForABugAndStoppedForAStop() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(
                ExitCode.USAGE,
                Main.failure(err, new UncheckedIOException("cannot write /x", new AccessDeniedException("/x"))));
        assertEquals(ExitCode.INTERNAL, Main.failure(err, new NullPointerException("oops")));
        assertEquals(
                ExitCode.STOPPED,
                Main.failure(err, new CompletionException(new BuildStoppedException("the build was stopped"))));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("keyplan: cannot write /x: permission denied. Nothing was written."), text);
        assertTrue(text.contains("internal problem: oops"), text);
        assertTrue(text.contains("keyplan: the build was stopped."), text);
        assertFalse(text.contains("Exception"), "no Java names for the user: " + text);
    }
}
