package io.keyplan.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code's stamp is the jar's SHA-256, remembered only while the file system says the jar is unchanged. */
class CodeStampTest {
    @TempDir
    Path dir;

    Path jar;
    Path cache;

    @BeforeEach
    void aJar() throws Exception {
        jar = dir.resolve("keyplan.jar");
        Files.write(jar, "the code, version one".getBytes(StandardCharsets.UTF_8));
        cache = dir.resolve("cache");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theStampIsTheJarsDigestAndIsRememberedUnderItsIdentity() throws Exception {
        assertNotNull(CodeStamp.identity(jar), "a POSIX file system: the memo is used");
        assertEquals(sha256(jar), CodeStamp.of(jar, cache, Duration.ZERO));
        Path memo = cache.resolve(CodeStamp.FILE);
        assertTrue(Files.isRegularFile(memo));
        // Read back, not hashed: a memo naming another digest for the same identity is believed.
        String other = "ab".repeat(32);
        Files.writeString(memo, Files.readString(memo).replace(sha256(jar), other));
        assertEquals(other, CodeStamp.of(jar, cache, Duration.ZERO));
    }

    @Test
    void aJarWithOtherBytesIsHashedAgainEvenWithItsSizeAndTimeKept() throws Exception {
        CodeStamp.of(jar, cache, Duration.ZERO);
        FileTime modified = Files.getLastModifiedTime(jar);
        Thread.sleep(50); // past the kernel's clock tick, as the memo's settling time is in use
        Files.write(jar, "the code, version two".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(jar, modified);
        assertEquals(sha256(jar), CodeStamp.of(jar, cache, Duration.ZERO));
        assertTrue(Files.readString(cache.resolve(CodeStamp.FILE)).contains(sha256(jar)));
    }

    @Test
    void aJarChangedJustNowIsNotRemembered() throws Exception {
        assertEquals(sha256(jar), CodeStamp.of(jar, cache));
        assertFalse(Files.exists(cache.resolve(CodeStamp.FILE)), "its change time is under three seconds old");
    }

    @Test
    void aDamagedMemoIsHashedAgainAndRewritten() throws Exception {
        Files.createDirectories(cache);
        Files.writeString(
                cache.resolve(CodeStamp.FILE), "KEYPLAN-CODE-STAMP-1\n" + CodeStamp.identity(jar) + "\nnot hex\n");
        assertEquals(sha256(jar), CodeStamp.of(jar, cache, Duration.ZERO));
        assertTrue(Files.readString(cache.resolve(CodeStamp.FILE)).contains(sha256(jar)));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsNoProblem() throws Exception {
        Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(sha256(jar), CodeStamp.of(jar, dir.resolve("a-file"), Duration.ZERO));
    }

    @Test
    void testsRunFromClassesAndSaySo() {
        assertEquals("classes", CodeStamp.running());
        assertEquals("classes", CodeStamp.running(cache));
        assertEquals(CodeStamp.running(), CacheFolder.codeStamp());
    }
}
