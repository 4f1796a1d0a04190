package io.keyplan.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries are whole or ignored; the folder is one build's at a time; what is not used goes. */
class CacheFolderTest {
    @TempDir
    Path dir;

    static final String KEY = "0123456789abcdef".repeat(4);
    static final String OTHER = "fedcba9876543210".repeat(4);

    private Path entry(String key) {
        return dir.resolve("pages").resolve(key.substring(0, 2)).resolve(key + ".page");
    }

    @Test
    void keepsAndGivesBackAPage() {
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            assertNull(c.get(KEY));
            c.put(KEY, "<p>é</p>".getBytes(StandardCharsets.UTF_8));
        }
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            assertArrayEquals("<p>é</p>".getBytes(StandardCharsets.UTF_8), c.get(KEY));
            assertEquals(1, c.hits());
            assertTrue(
                    c.notes().get(0).startsWith("reused 1 page from the cache folder"),
                    c.notes().toString());
        }
    }

    @Test
    void anEntryCutShortOrAlteredIsIgnored() throws Exception {
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            c.put(KEY, "a page".getBytes(StandardCharsets.UTF_8));
            c.put(OTHER, "another page".getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(entry(KEY));
        for (int cut = 0; cut < whole.length; cut++) {
            assertNull(CacheFolder.unpack(KEY, Arrays.copyOf(whole, cut)), "cut at " + cut);
        }
        byte[] flipped = whole.clone();
        flipped[flipped.length - 1] ^= 1;
        assertNull(CacheFolder.unpack(KEY, flipped), "a changed byte");
        // An entry renamed to another key is not that key's page.
        assertNull(CacheFolder.unpack(OTHER, whole));
        Files.write(entry(KEY), Arrays.copyOf(whole, whole.length - 3));
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            assertNull(c.get(KEY));
            assertNotNull(c.get(OTHER));
            assertEquals(1, c.damaged());
            assertTrue(
                    c.notes().stream().anyMatch(n -> n.contains("1 damaged or unreadable entry")), c.notes()::toString);
        }
    }

    @Test
    void oneBuildAtATime() {
        CacheFolder.Opened first = CacheFolder.open(dir);
        try (CacheFolder c = first.folder()) {
            CacheFolder.Opened second = CacheFolder.open(dir);
            assertNull(second.folder());
            assertTrue(second.note().contains("another build is using the cache folder"), second.note());
        }
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            assertNotNull(c, "free again once the first build is done");
        }
    }

    @Test
    void pruningKeepsWhatTheBuildUsed() throws Exception {
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            c.put(KEY, new byte[] {1});
            c.put(OTHER, new byte[] {2});
        }
        try (CacheFolder c = CacheFolder.open(dir).folder()) {
            assertNotNull(c.get(KEY));
            c.prune();
        }
        assertTrue(Files.exists(entry(KEY)));
        assertTrue(Files.notExists(entry(OTHER)));
    }

    @Test
    void anotherFormatIsSaidAndNotReused() throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/FORMAT"), "KEYPLAN-PAGE-0\n");
        CacheFolder.Opened o = CacheFolder.open(dir);
        try (CacheFolder c = o.folder()) {
            assertNotNull(c);
            assertTrue(o.note().contains("another version of KeyPlan"), o.note());
        }
        CacheFolder.Opened again = CacheFolder.open(dir);
        again.folder().close();
        assertNull(again.note(), "the mark is ours now");
    }

    @Test
    void aFileInTheWayIsANoteNotAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("cache"), "x");
        CacheFolder.Opened o = CacheFolder.open(file);
        assertNull(o.folder());
        assertTrue(
                o.note().contains("cannot be used") && o.note().contains("Deleting the folder is always safe"),
                o.note());
    }
}
