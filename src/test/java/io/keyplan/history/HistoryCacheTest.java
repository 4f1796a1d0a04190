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

    private static ObjectId firstCommit(TestRepo repo) throws Exception {
        ObjectId last = null;
        for (RevCommit c : repo.git.log().call()) {
            last = c.getId();
        }
        return last;
    }
}
