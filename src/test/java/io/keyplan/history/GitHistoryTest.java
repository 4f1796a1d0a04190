package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.BoundPlans;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.SectionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {
    private static final String PLAN = """
            name: Acme
            owner: Anna Berg
            swot:
              strengths: [fast delivery]
              weaknesses: [price]
              opportunities: [new plant]
            mission:
              statement: Be the partner
            """;

    /** The same values as {@link #PLAN}, laid out differently: other key order, block lists, comments. */
    private static final String PLAN_REFORMATTED = """
            # Acme's plan
            owner: "Anna Berg"
            name: Acme
            mission: {statement: "Be the partner"}
            swot:
              opportunities:
                - new plant   # since 2025
              weaknesses:
                - price
              strengths:
                - fast delivery
            """;

    @TempDir
    Path dir;

    private History read(Path content) {
        return GitHistory.read(content, "content", new Diagnostics());
    }

    /** The story every assertion below is about: one account over ten commits. */
    private TestRepo story() {
        TestRepo repo = TestRepo.init(dir);
        repo.write("content/portal.yaml", "title: Test portal\n")
                .write("content/accounts/acme/account.yaml", PLAN)
                .commit("Anna Berg", "2026-01-10T09:00:00Z", "Acme: first plan");
        repo.write("content/accounts/acme/account.yaml", PLAN_REFORMATTED)
                .commit("Ben Cole", "2026-02-01T09:00:00Z", "Acme: tidy the YAML");
        repo.write("content/accounts/acme/account.yaml", PLAN.replace("fast delivery", "fast delivery, 24 h"))
                .commit("Carla Diaz", "2026-03-01T09:00:00Z", "Acme: strengths");
        repo.write("content/accounts/acme/mission.md", "Why we are here.\n")
                .commit("Ben Cole", "2026-04-01T09:00:00Z", "Acme: mission narrative");
        repo.write(
                        "content/accounts/acme/account.yaml",
                        "name: Acme\nowner: Anna Berg\nmission:\n  statement: Be the partner\n")
                .commit("Anna Berg", "2026-05-01T09:00:00Z", "Acme: drop the SWOT");
        repo.write("content/accounts/acme/account.yaml", PLAN.replace("fast delivery", "fast delivery, 24 h"))
                .commit("Ben Cole", "2026-06-01T09:00:00Z", "Acme: SWOT back");
        repo.write("content/accounts/acme/account.yaml", "name: Acme\nowner: [unclosed\n")
                .commit("Carla Diaz", "2026-07-01T09:00:00Z", "Acme: broken");
        repo.write(
                        "content/accounts/acme/account.yaml",
                        PLAN.replace("fast delivery", "fast delivery, 24 h")
                                .replace("Be the partner", "Be the first partner"))
                .commit("Anna Berg", "2026-08-01T09:00:00Z", "Acme: repaired, new mission");
        repo.move("content/accounts/acme", "content/accounts/acme-corp")
                .commit("Ben Cole", "2026-09-01T09:00:00Z", "Acme is Acme Corp now");
        repo.write("content/accounts/acme-corp/notes/2026-10-01.md", "---\ntitle: Call\ndate: 2026-10-01\n---\nHi\n")
                .commit("Carla Diaz", "2026-10-01T23:30:00Z", "Acme: call notes");
        return repo;
    }

    /**
     * Read beside a load that hands over its plans, the history is the same as read alone: the loader's
     * plan stands for the newest version, and a working tree that differs from it is still compared.
     */
    @Test
    void theLoadersPlansGiveTheSameHistory() throws Exception {
        try (TestRepo repo = story()) {
            Path content = dir.resolve("content");
            assertEquals(read(content), readBesideLoad(content));
            // An edit not yet committed: the loader's bytes are no version git holds.
            repo.write(
                    "content/accounts/acme-corp/account.yaml",
                    PLAN.replace("fast delivery", "fast delivery, 24 h").replace("Be the partner", "Be ours"));
            History alone = read(content);
            assertEquals(Change.uncommitted(), alone.of("acme-corp").section(SectionId.MISSION));
            assertEquals(alone, readBesideLoad(content));
        }
    }

    private History readBesideLoad(Path content) throws InterruptedException {
        BoundPlans bound = new BoundPlans();
        java.util.concurrent.CompletableFuture<History> history = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> GitHistory.read(content, "content", HistoryCache.none(), bound, new Diagnostics()));
        new ContentLoader(null, null, bound).load(content, LocalDate.of(2026, 11, 23), new Diagnostics());
        bound.finish();
        assertEquals(1, bound.await().size());
        return history.join();
    }

    @Test
    void datesPerSectionCountValuesNotLayout() {
        try (TestRepo repo = story()) {
            History h = read(dir.resolve("content"));
            assertEquals(History.State.COMPLETE, h.state());
            AccountHistory acme = h.of("acme-corp");
            // Deleted on 05-01 and written again on 06-01: the second change is the last one.
            assertEquals(Change.committed(LocalDate.of(2026, 6, 1), "Ben Cole"), acme.section(SectionId.SWOT));
            // The repair on 08-01 is compared with the last version that parsed (06-01): only the mission changed.
            assertEquals(Change.committed(LocalDate.of(2026, 8, 1), "Anna Berg"), acme.section(SectionId.MISSION));
            assertNull(acme.section(SectionId.OVERVIEW));
            assertNull(acme.section(SectionId.WHY));
            // 23:30 UTC on 10-01, although the committer's zone (+02:00) is already on 10-02.
            assertEquals(Change.committed(LocalDate.of(2026, 10, 1), "Carla Diaz"), acme.lastChanged());
            assertFalse(h.accounts().containsKey("acme"), "the renamed folder's history moved to the new name");
        }
    }

    @Test
    void commitsNewestFirstWithTheirSectionsAndCompleteness() {
        try (TestRepo repo = story()) {
            List<CommitEntry> commits =
                    read(dir.resolve("content")).of("acme-corp").commits();
            assertEquals(
                    List.of(
                            "Acme: call notes",
                            "Acme is Acme Corp now",
                            "Acme: repaired, new mission",
                            "Acme: broken",
                            "Acme: SWOT back",
                            "Acme: drop the SWOT",
                            "Acme: mission narrative",
                            "Acme: strengths",
                            "Acme: tidy the YAML",
                            "Acme: first plan"),
                    commits.stream().map(CommitEntry::subject).toList());
            assertEquals(
                    List.of(
                            Set.of(),
                            Set.of(),
                            Set.of(SectionId.MISSION),
                            Set.of(),
                            Set.of(SectionId.SWOT),
                            Set.of(SectionId.SWOT),
                            Set.of(SectionId.MISSION),
                            Set.of(SectionId.SWOT),
                            Set.of(),
                            Set.of(SectionId.SWOT, SectionId.MISSION)),
                    commits.stream().map(CommitEntry::sections).toList());
            CommitEntry first = commits.get(9);
            assertEquals("Anna Berg", first.author());
            assertEquals(Instant.parse("2026-01-10T09:00:00Z"), first.time());
            assertEquals(7, first.id().length());
            // Spec 6.1: swot 3 of 4 checks (75 %), mission 1 of 2 (50 %), every other section 0: 125 / 16.
            assertEquals(7.8, first.completeness());
            // The narrative passes nothing the statement did not pass already; dropping the SWOT loses its 75 %.
            assertEquals(7.8, commits.get(6).completeness());
            assertEquals(3.1, commits.get(5).completeness());
            assertNull(commits.get(6 - 3).completeness(), "the version that does not parse has no figure");
            assertEquals(7.8, commits.get(0).completeness());
        }
    }

    @Test
    void uncommittedChangesAreShownAsSuch() throws Exception {
        try (TestRepo repo = story()) {
            repo.write(
                    "content/accounts/acme-corp/account.yaml",
                    PLAN.replace("fast delivery", "fast delivery, 24 h")
                            .replace("Be the partner", "Be the best partner"));
            repo.write("content/accounts/newco/account.yaml", "name: NewCo\nowner: Ben\nwhy:\n  statement: growth\n");
            History h = read(dir.resolve("content"));
            AccountHistory acme = h.of("acme-corp");
            assertEquals(Change.uncommitted(), acme.lastChanged());
            assertEquals(Change.uncommitted(), acme.section(SectionId.MISSION));
            assertEquals(Change.committed(LocalDate.of(2026, 6, 1), "Ben Cole"), acme.section(SectionId.SWOT));
            AccountHistory newco = h.of("newco");
            assertEquals(Change.uncommitted(), newco.lastChanged());
            assertEquals(Change.uncommitted(), newco.section(SectionId.WHY));
            assertTrue(newco.commits().isEmpty());
            // A change of layout only in the working tree touches the account, no section.
            repo.write(
                    "content/accounts/acme-corp/account.yaml",
                    PLAN_REFORMATTED
                            .replace("fast delivery", "fast delivery, 24 h")
                            .replace("Be the partner", "Be the first partner"));
            repo.delete("content/accounts/newco");
            AccountHistory tidied = read(dir.resolve("content")).of("acme-corp");
            assertEquals(Change.uncommitted(), tidied.lastChanged());
            assertEquals(Change.committed(LocalDate.of(2026, 8, 1), "Anna Berg"), tidied.section(SectionId.MISSION));
        }
    }

    /** Checked out with CRLF line ends (core.autocrlf on Windows), a committed plan is not an uncommitted change. */
    @Test
    void lineEndsAloneAreNoChange() throws Exception {
        try (TestRepo repo = story()) {
            java.nio.file.Path plan = dir.resolve("content/accounts/acme-corp/account.yaml");
            AccountHistory before = read(dir.resolve("content")).of("acme-corp");
            assertTrue(before.lastChanged().committed());
            java.nio.file.Files.writeString(
                    plan,
                    java.nio.file.Files.readString(plan).replace("\r\n", "\n").replace("\n", "\r\n"));
            assertEquals(
                    before.lastChanged(),
                    read(dir.resolve("content")).of("acme-corp").lastChanged());
        }
    }

    @Test
    void contentFolderInsideTheRepository() {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("README.md", "top\n")
                    .write("site/content/accounts/x/account.yaml", "name: X\nowner: O\nwhy:\n  statement: s\n")
                    .commit("Anna Berg", "2026-01-01T10:00:00Z", "X");
            repo.write("README.md", "changed outside the content\n")
                    .commit("Ben Cole", "2026-02-01T10:00:00Z", "readme");
            repo.write("site/content/accounts/x/why.md", "Because.\n")
                    .commit("Carla Diaz", "2026-03-01T10:00:00Z", "why");
            AccountHistory x = read(dir.resolve("site/content")).of("x");
            assertEquals(Change.committed(LocalDate.of(2026, 3, 1), "Carla Diaz"), x.section(SectionId.WHY));
            assertEquals(Change.committed(LocalDate.of(2026, 3, 1), "Carla Diaz"), x.lastChanged());
            assertEquals(2, x.commits().size(), "the commit outside the content folder is not the account's");
        }
    }

    /** Only the account folders whose trees differ are compared, at any depth inside them. */
    @Test
    void onlyTheChangedFoldersCountEachWithItsOwnFiles() {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("content/accounts/a/account.yaml", "name: A\nowner: O\n")
                    .write("content/accounts/b/account.yaml", "name: B\nowner: O\nwhy: {statement: s}\n")
                    .write("content/accounts/c/account.yaml", "name: C\nowner: O\n")
                    .commit("Anna Berg", "2026-01-01T10:00:00Z", "three plans");
            repo.write("content/accounts/README.md", "not an account\n")
                    .commit("Ben Cole", "2026-02-01T10:00:00Z", "a file beside the accounts");
            repo.write("content/accounts/b/notes/2026/call.md", "---\ntitle: Call\ndate: 2026-03-01\n---\nHi\n")
                    .write("content/accounts/c/why.md", "Because.\n")
                    .commit("Carla Diaz", "2026-03-01T10:00:00Z", "a note for B, why for C");
            repo.delete("content/accounts/a").commit("Dirk Evers", "2026-04-01T10:00:00Z", "A is gone");
            History h = read(dir.resolve("content"));
            assertEquals(
                    List.of("A is gone", "three plans"),
                    h.of("a").commits().stream().map(CommitEntry::subject).toList());
            assertNull(h.of("a").commits().get(0).completeness(), "no plan after the deletion");
            assertEquals(
                    List.of("a note for B, why for C", "three plans"),
                    h.of("b").commits().stream().map(CommitEntry::subject).toList());
            assertEquals(Set.of(), h.of("b").commits().get(0).sections(), "a note changes no section");
            assertEquals(Set.of(SectionId.WHY), h.of("c").commits().get(0).sections());
            assertEquals(
                    Change.committed(LocalDate.of(2026, 3, 1), "Carla Diaz"),
                    h.of("c").lastChanged());
            assertFalse(h.accounts().containsKey("README.md"));
        }
    }

    @Test
    void noRepositoryMeansNoHistory() throws Exception {
        Path content = dir.resolve("content/accounts/x");
        Files.createDirectories(content);
        Files.writeString(content.resolve("account.yaml"), "name: X\nowner: O\n");
        Diagnostics found = new Diagnostics();
        History h = GitHistory.read(dir.resolve("content"), "content", found);
        assertSame(History.State.NONE, h.state());
        assertFalse(h.available());
        assertTrue(found.all().isEmpty());
        assertFalse(GitHistory.inRepository(dir.resolve("content")));
    }

    /** A repository whose objects are gone: no history, no crash, and known to be a repository. */
    @Test
    void aRepositoryThatCannotBeReadGivesNoHistory() throws Exception {
        try (TestRepo repo = story()) {
            Path objects = dir.resolve(".git/objects");
            try (java.util.stream.Stream<Path> all = Files.walk(objects)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(objects)) {
                        Files.delete(p);
                    }
                }
            }
            Diagnostics found = new Diagnostics();
            assertFalse(
                    GitHistory.read(dir.resolve("content"), "content", found).available());
            assertTrue(GitHistory.inRepository(dir.resolve("content")));
        }
    }

    @Test
    void aShallowCloneIsSaidToBeOne() throws Exception {
        try (TestRepo repo = story()) {
            Path clone = dir.resolveSibling(dir.getFileName() + "-clone");
            try (Git g = Git.cloneRepository()
                    .setURI(dir.toUri().toString())
                    .setDirectory(clone.toFile())
                    .setDepth(1)
                    .call()) {
                Diagnostics found = new Diagnostics();
                History h = GitHistory.read(clone.resolve("content"), "content", found);
                assertEquals(History.State.SHALLOW, h.state());
                assertEquals(1, h.of("acme-corp").commits().size());
                List<Diagnostic> all = found.all();
                assertEquals(1, all.size());
                Diagnostic d = all.get(0);
                assertFalse(d.isError());
                assertEquals("shallow-clone", d.rule());
                assertTrue(d.hint().contains("fetch-depth: 0"), d.hint());
            } finally {
                try (var walk = Files.walk(clone)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(x -> x.toFile().delete());
                }
            }
        }
    }
}
