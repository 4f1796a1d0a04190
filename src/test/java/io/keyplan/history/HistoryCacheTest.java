package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SectionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history read with the cache between builds is exactly the history read without it. */
class HistoryCacheTest {
    private static final String PLAN = """
            name: Acme
            owner: Anna Berg
            swot:
              strengths: [fast delivery]
            mission:
              statement: Be the partner
            actions:
              - {title: Call, owner: Anna, due: 2026-03-01}
            """;

    @TempDir
    Path dir;

    @TempDir
    Path cacheDir;

    private Path content() {
        return dir.resolve("content");
    }

    private History fresh() {
        return GitHistory.read(content(), "content", new Diagnostics());
    }

    private History cached() {
        return GitHistory.read(content(), "content", HistoryCache.in(cacheDir, "1.0"), new Diagnostics());
    }

    private TestRepo story() {
        TestRepo repo = TestRepo.init(dir);
        repo.write("content/portal.yaml", "title: Test portal\n")
                .write("content/accounts/acme/account.yaml", PLAN)
                .write("content/accounts/beta/account.yaml", "name: Beta\nowner: Ben\n")
                .commit("Anna Berg", "2026-01-10T09:00:00Z", "first plans");
        repo.write("content/accounts/acme/account.yaml", PLAN.replace("fast delivery", "fast delivery, 24 h"))
                .commit("Ben Cole", "2026-02-01T09:00:00Z", "Acme: strengths");
        repo.write("content/accounts/beta/why.md", "Because.\n")
                .commit("Carla Diaz", "2026-03-01T09:00:00Z", "Beta: why");
        return repo;
    }

    @Test
    void newCommitsAreReadOnTopOfTheCache() throws Exception {
        try (TestRepo repo = story()) {
            assertEquals(fresh(), cached(), "a cold cache reads everything");
            assertTrue(Files.isRegularFile(cacheDir.resolve("history").resolve(HistoryCache.FILE)));
            repo.write("content/accounts/beta/account.yaml", "name: Beta\nowner: Ben\nmission: {statement: Win}\n")
                    .commit("Dirk Evers", "2026-04-01T09:00:00Z", "Beta: mission");
            repo.move("content/accounts/acme", "content/accounts/acme-corp")
                    .commit("Eva Fischer", "2026-05-01T09:00:00Z", "Acme is Acme Corp");
            History h = cached();
            assertEquals(fresh(), h);
            assertEquals(3, h.of("acme-corp").commits().size(), "the rename keeps the old folder's commits");
            assertEquals(
                    Set.of(SectionId.MISSION), h.of("beta").commits().get(0).sections());
        }
    }

    @Test
    void theCacheIsWhatTheBuildReads() throws Exception {
        try (TestRepo repo = story()) {
            cached();
            // Keep a finding no reading of this repository gives, for a commit the cache knows.
            HistoryCache cache = HistoryCache.in(cacheDir, "1.0");
            String key = onlyKey(cache);
            List<CommitReader.Result> results = new ArrayList<>();
            try (RevWalk rw = new RevWalk(repo.git.getRepository())) {
                rw.markStart(rw.parseCommit(repo.git.getRepository().resolve("HEAD")));
                for (RevCommit c : rw) {
                    results.add(new CommitReader.Result(
                            c, List.of(new CommitReader.Event("acme", null, Set.of(SectionId.TEAM), 99.9))));
                }
            }
            cache.store(key, results);
            History h = cached();
            assertEquals(99.9, h.of("acme").commits().get(0).completeness());
            assertNotEquals(fresh(), h);
            // Other settings (another portal.yaml) are not the cache's: everything is read again.
            repo.write("content/portal.yaml", "title: Test portal\nfiscal_year: 2020\n");
            assertEquals(fresh(), cached());
            // Another KeyPlan version neither.
            assertEquals(
                    fresh(),
                    GitHistory.read(content(), "content", HistoryCache.in(cacheDir, "2.0"), new Diagnostics()));
        }
    }

    /** The key the cache was last written under, read back by trying the one the history uses. */
    private String onlyKey(HistoryCache cache) throws Exception {
        byte[] portal = Files.readAllBytes(content().resolve("portal.yaml"));
        String key = "content/\n"
                + new org.eclipse.jgit.lib.ObjectInserter.Formatter()
                        .idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB, portal)
                        .name();
        assertFalse(cache.load(key).isEmpty(), "the key the history uses");
        return key;
    }

    @Test
    void aRewrittenHistoryIsReadAgainWhereItDiffers() throws Exception {
        try (TestRepo repo = story()) {
            cached();
            // Amend the last commit: same parent, other content, other id.
            repo.write("content/accounts/beta/why.md", "Because we can.\n");
            repo.git.add().addFilepattern(".").call();
            repo.git
                    .commit()
                    .setAmend(true)
                    .setMessage("Beta: why, amended")
                    .setSign(false)
                    .call();
            assertEquals(fresh(), cached());
            // Reset to the first commit and build on it: the cache holds commits HEAD no longer has.
            ObjectId first = firstCommit(repo);
            repo.git
                    .reset()
                    .setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD)
                    .setRef(first.name())
                    .call();
            repo.write("content/accounts/acme/mission.md", "Why we are here.\n")
                    .commit("Ben Cole", "2026-06-01T09:00:00Z", "Acme: mission narrative");
            History h = cached();
            assertEquals(fresh(), h);
            assertEquals(2, h.of("acme").commits().size());
        }
    }

    @Test
    void anotherBranchIsReadFromWhatTheCacheKnows() throws Exception {
        try (TestRepo repo = story()) {
            cached();
            repo.git.checkout().setCreateBranch(true).setName("draft").call();
            repo.write("content/accounts/acme/account.yaml", PLAN.replace("Be the partner", "Be the first"))
                    .commit("Anna Berg", "2026-04-01T09:00:00Z", "Acme: draft mission");
            assertEquals(fresh(), cached());
            repo.git.checkout().setName("main").call();
            History h = cached();
            assertEquals(fresh(), h);
            assertEquals(2, h.of("acme").commits().size(), "the draft's commit is not on main");
        }
    }

    @Test
    void aCorruptCacheIsIgnored() throws Exception {
        try (TestRepo repo = story()) {
            History expected = fresh();
            cached();
            Path file = cacheDir.resolve("history").resolve(HistoryCache.FILE);
            byte[] good = Files.readAllBytes(file);
            byte[] flipped = good.clone();
            flipped[good.length / 2] ^= 0x10;
            Files.write(file, flipped);
            assertEquals(expected, cached(), "one byte changed");
            Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
            assertEquals(expected, cached(), "cut short");
            Files.writeString(file, "not a cache");
            assertEquals(expected, cached(), "something else");
            Files.delete(file);
            Files.createDirectory(file);
            assertEquals(expected, cached(), "a folder where the file should be");
            assertEquals(Map.of(), HistoryCache.in(cacheDir, "1.0").load("content/\n-"));
        }
    }

    // --- the user's cache folder (build without --cache) -------------------------------------------

    @TempDir
    Path home;

    private Path jar() throws Exception {
        Path jar = home.resolve("keyplan.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "stands for the jar KeyPlan runs from");
        }
        return jar;
    }

    private HistoryCache user() throws Exception {
        return HistoryCache.user(home.resolve("cache"), content(), "1.0", jar());
    }

    private History userRead(HistoryCache cache) {
        return GitHistory.read(content(), "content", cache, new Diagnostics());
    }

    @Test
    void theUsersCacheReadsNoCommitTwice() throws Exception {
        try (TestRepo repo = story()) {
            History expected = fresh();
            HistoryCache first = user();
            assertEquals(expected, userRead(first));
            assertEquals(3, first.read(), "a cold cache reads every commit");
            Path file = first.file();
            assertEquals(home.resolve("cache").resolve("keyplan"), file.getParent(), "beside the class-data archives");
            assertTrue(file.getFileName().toString().matches("history-[0-9a-f]{20}\\.bin"), file.toString());
            assertTrue(Files.isRegularFile(file));
            HistoryCache second = user();
            assertEquals(expected, userRead(second));
            assertEquals(0, second.read(), "the second build reads no commit the first one read");
            repo.write("content/accounts/beta/account.yaml", "name: Beta\nowner: Ben\nmission: {statement: Win}\n")
                    .commit("Dirk Evers", "2026-04-01T09:00:00Z", "Beta: mission");
            HistoryCache third = user();
            assertEquals(fresh(), userRead(third));
            assertEquals(1, third.read(), "only the new commit");
        }
    }

    @Test
    void theUsersCacheIsOneFilePerContentFolderAndJar() throws Exception {
        try (TestRepo repo = story()) {
            Path other = dir.resolve("elsewhere");
            Files.createDirectories(other);
            assertNotEquals(
                    user().file(),
                    HistoryCache.user(home.resolve("cache"), other, "1.0", jar())
                            .file());
            userRead(user());
            // The same version from another jar (a rebuilt one): the findings are not its to trust.
            Path rebuilt = home.resolve("rebuilt.jar");
            Files.writeString(rebuilt, "another jar, another size");
            HistoryCache fromRebuilt = HistoryCache.user(home.resolve("cache"), content(), "1.0", rebuilt);
            assertEquals(fresh(), userRead(fromRebuilt));
            assertEquals(3, fromRebuilt.read());
            // No user's cache folder, classes instead of a jar, no content folder: no cache.
            assertFalse(HistoryCache.user(null, content(), "1.0", jar()).enabled());
            assertFalse(HistoryCache.user(home.resolve("cache"), content(), "1.0", home)
                    .enabled());
            assertFalse(HistoryCache.user(home.resolve("cache"), dir.resolve("missing"), "1.0", jar())
                    .enabled());
        }
    }

    @Test
    void aUsersCacheFolderThatCannotBeWrittenIsNoCache() throws Exception {
        try (TestRepo repo = story()) {
            History expected = fresh();
            // A file where the folder should be (a read-only folder does not stop root, who runs CI here).
            Path blocked = home.resolve("blocked");
            Files.writeString(blocked, "not a folder");
            HistoryCache cache = HistoryCache.user(blocked, content(), "1.0", jar());
            assertEquals(expected, userRead(cache));
            assertEquals(expected, userRead(cache));
            assertEquals(3, cache.read(), "nothing kept, so everything is read again, without a word");
            assertTrue(Files.isRegularFile(blocked));
        }
    }

    @Test
    void aDamagedUsersCacheIsReadAsNone() throws Exception {
        try (TestRepo repo = story()) {
            History expected = fresh();
            HistoryCache cache = user();
            userRead(cache);
            byte[] good = Files.readAllBytes(cache.file());
            Files.write(cache.file(), java.util.Arrays.copyOf(good, good.length - 3));
            assertEquals(expected, userRead(cache), "cut short, as by a full disk");
            assertEquals(3, cache.read());
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(cache.file())), "and written whole again");
            assertEquals(expected, userRead(cache));
            assertEquals(0, cache.read());
        }
    }

    @Test
    void twoBuildsAtOnceDoNotBreakEachOther() throws Exception {
        try (TestRepo repo = story()) {
            History expected = fresh();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<History>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> userRead(user())));
                }
                for (java.util.concurrent.Future<History> f : runs) {
                    assertEquals(expected, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            HistoryCache after = user();
            assertEquals(expected, userRead(after));
            assertEquals(0, after.read(), "one whole file is left");
            try (java.util.stream.Stream<Path> left = Files.list(after.folder())) {
                assertEquals(List.of(after.file()), left.toList(), "no temporary file is left behind");
            }
        }
    }

    @Test
    void theUsersCacheKeepsTheNewestFiles() throws Exception {
        try (TestRepo repo = story()) {
            Path folder = home.resolve("cache").resolve("keyplan");
            Files.createDirectories(folder);
            for (int i = 0; i < HistoryCache.USER_FILES + 5; i++) {
                Path old = folder.resolve(String.format("history-%020d.bin", i));
                Files.writeString(old, "an older content folder's history");
                Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
            }
            Path archive = folder.resolve("classes-0123456789abcdef0123.jsa");
            Files.writeString(archive, "a class-data archive");
            HistoryCache cache = user();
            userRead(cache);
            try (java.util.stream.Stream<Path> left = Files.list(folder)) {
                List<String> names =
                        left.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals(HistoryCache.USER_FILES + 1, names.size(), names.toString());
                assertTrue(names.contains(cache.file().getFileName().toString()), "the one just written stays");
                assertTrue(names.contains(archive.getFileName().toString()), "archives are not the history's");
                assertFalse(names.contains(String.format("history-%020d.bin", 0)), "the oldest go");
            }
        }
    }

    private static ObjectId firstCommit(TestRepo repo) throws Exception {
        ObjectId last = null;
        for (RevCommit c : repo.git.log().call()) {
            last = c.getId();
        }
        return last;
    }
}
