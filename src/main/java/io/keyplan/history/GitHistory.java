package io.keyplan.history;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.BoundPlans;
import io.keyplan.load.Snapshots;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Reads the history of the content folder's git repository into a {@link History}: one walk over
 * the commits for all accounts, each commit compared with its parents under {@code accounts/} only,
 * every version of a file parsed once (see {@link CommitReader}), then the commits put together
 * oldest first ({@link Accounts}) and the working tree's uncommitted changes laid on top
 * ({@link WorkingTree}).
 *
 * <p>Without a repository around the content folder, or when it cannot be read, the result is
 * {@link History#none()}: the build goes on as without git. A shallow clone gives its history with
 * state {@link History.State#SHALLOW} and a warning.
 */
public final class GitHistory {
    private GitHistory() {}

    /** JGit's delta-base cache per object reader (one per reading thread), in bytes; see {@link #deltaCache()}. */
    static final int DELTA_BASE_CACHE_BYTES = 32 * 1024 * 1024;

    static {
        quiet();
        deltaCache();
    }

    /**
     * Keeps JGit from starting {@code git} itself: to find the system-wide git configuration it runs
     * {@code git --version} and {@code git config --system} once per process, which costs more than
     * reading a small history and needs nothing that reading history does (user and repository
     * configuration are still read).
     */
    private static void quiet() {
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, null, fs) {
                    @Override
                    public void load() {
                        // nothing: no system configuration
                    }

                    @Override
                    public boolean isOutdated() {
                        return false;
                    }
                };
            }
        });
    }

    /**
     * Gives each object reader a larger delta-base cache. The versions of a plan (and the {@code
     * accounts/} trees of successive commits) are stored in the pack as deltas of each other, in
     * long chains; with JGit's default limit of 10 MB the bases are pushed out and inflated again
     * for nearly every object read. Measured on 1,000 plans over 5,000 commits (2 ms CPU samples of
     * the object reading, JGit's {@code WindowCursor.open} and the tree parsing): 10 MB 1,312-1,540,
     * 32 MB 639-796, 64 MB 690-697; peak RSS of the build 397 MiB at 10 MB, 493 MiB at 32 and at 64.
     * 32 MB gets the gain with half the worst case (the cache holds soft references: the collector
     * may empty it when the heap is short).
     */
    private static void deltaCache() {
        WindowCacheConfig config = new WindowCacheConfig();
        config.setDeltaBaseCacheLimit(DELTA_BASE_CACHE_BYTES);
        config.install();
    }

    /**
     * @param contentDir the content folder, which may lie anywhere inside the repository's working tree
     * @param display the content folder as the user typed it, for the shallow-clone warning
     * @param diagnostics receives the shallow-clone warning
     */
    public static History read(Path contentDir, String display, Diagnostics diagnostics) {
        return read(contentDir, display, HistoryCache.none(), diagnostics);
    }

    /**
     * {@link #read(Path, String, Diagnostics)} that reads only the commits {@code cache} does not
     * know yet, and keeps what it read there for the next build (not for a shallow clone, whose
     * oldest commits look different once the history is fetched).
     */
    public static History read(Path contentDir, String display, HistoryCache cache, Diagnostics diagnostics) {
        return read(contentDir, display, cache, BoundPlans.none(), diagnostics);
    }

    /**
     * {@link #read(Path, String, HistoryCache, Diagnostics)} beside a load of the same content folder,
     * which hands its plans over in {@code loaded}: a version of {@code account.yaml} whose bytes the
     * loader bound is taken from the loader's plan instead of being parsed again. The commits wait for
     * the load to be over when they first need a plan's version; {@code loaded} must be finished, also
     * when the load fails.
     */
    public static History read(
            Path contentDir, String display, HistoryCache cache, BoundPlans loaded, Diagnostics diagnostics) {
        try (Repository repo = open(contentDir)) {
            if (repo == null) {
                return History.none();
            }
            Path work = repo.getWorkTree().toPath().toRealPath();
            Path content = contentDir.toRealPath();
            if (!content.startsWith(work)) {
                return History.none();
            }
            String prefix = WorkingTree.prefix(work.relativize(content));
            byte[] portalBytes = portalBytes(contentDir);
            PortalFile portal = portalBytes == null
                    ? null
                    : Snapshots.portal(
                            portalBytes, contentDir.resolve("portal.yaml").toString());
            boolean shallow = !repo.getObjectDatabase().getShallowCommits().isEmpty();
            Blobs blobs = new Blobs(loaded);
            Accounts accounts = new Accounts();
            ObjectId head = repo.resolve(Constants.HEAD);
            List<RevCommit> commits = head == null ? List.of() : walk(repo, head);
            RevCommit headCommit = commits.isEmpty() ? null : commits.get(commits.size() - 1);
            // The working tree is compared with HEAD beside the reading of the commits: it needs
            // nothing they find, and on its own at the end it would keep one core idle.
            CompletableFuture<Map<String, Set<SectionId>>> uncommitted =
                    workingTree(new WorkingTree(repo, prefix, blobs), headCommit, content);
            try {
                if (head != null) {
                    HistoryCache kept = shallow ? HistoryCache.none() : cache;
                    String key = cacheKey(prefix, portalBytes);
                    Map<ObjectId, List<CommitReader.Event>> known = kept.load(key);
                    List<RevCommit> unknown = new ArrayList<>();
                    for (RevCommit c : commits) {
                        if (!known.containsKey(c)) {
                            unknown.add(c);
                        }
                    }
                    if (kept.enabled()) {
                        kept.read(unknown.size());
                    }
                    Map<ObjectId, CommitReader.Result> read = new HashMap<>();
                    for (CommitReader.Result r : readAll(repo, unknown, prefix, blobs, portal)) {
                        read.put(r.commit(), r);
                    }
                    List<CommitReader.Result> results = new ArrayList<>(commits.size());
                    for (RevCommit c : commits) {
                        CommitReader.Result r = read.get(c);
                        results.add(r != null ? r : new CommitReader.Result(c, known.get(c)));
                    }
                    results.forEach(accounts::add);
                    if (!unknown.isEmpty() || known.size() != commits.size()) {
                        kept.store(key, results);
                    }
                }
            } finally {
                // The repository is closed when this returns: the comparison must be over by then,
                // also when reading the commits failed.
                uncommitted.handle((changes, e) -> null).join();
            }
            joined(uncommitted).forEach(accounts::uncommitted);
            if (shallow) {
                diagnostics.warning(
                        SourceSpan.file(display),
                        "shallow-clone",
                        "the git history of the content is cut short (a shallow clone): the dates of plans and"
                                + " sections may be too recent, and older changes are missing",
                        "fetch the whole history: in a GitHub workflow, give actions/checkout 'fetch-depth: 0'"
                                + " (with:  fetch-depth: 0); by hand, run 'git fetch --unshallow'");
            }
            return new History(shallow ? History.State.SHALLOW : History.State.COMPLETE, accounts.histories());
        } catch (IOException | RuntimeException e) {
            // A repository KeyPlan cannot read is no reason to stop a build that works without it.
            return History.none();
        }
    }

    /**
     * Whether a git repository holds {@code contentDir}, readable or not: tells "no git history"
     * apart from "a history that could not be read" when {@link #read} gives none.
     */
    public static boolean inRepository(Path contentDir) {
        File start = contentDir.toAbsolutePath().toFile();
        return start.isDirectory()
                && new FileRepositoryBuilder().findGitDir(start).getGitDir() != null;
    }

    /** The repository whose working tree holds {@code contentDir}; null when there is none. */
    private static Repository open(Path contentDir) throws IOException {
        File start = contentDir.toAbsolutePath().toFile();
        if (!start.isDirectory()) {
            return null;
        }
        FileRepositoryBuilder builder =
                new FileRepositoryBuilder().setMustExist(true).findGitDir(start);
        if (builder.getGitDir() == null) {
            return null;
        }
        Repository repo = builder.build();
        if (repo.isBare()) {
            repo.close();
            return null;
        }
        return repo;
    }

    /**
     * The bytes of the portal settings as they are now: old plans are measured against today's settings (with
     * the commit's own date), since old versions of {@code portal.yaml} may not load any more.
     */
    private static byte[] portalBytes(Path contentDir) {
        Path file = contentDir.resolve("portal.yaml");
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What a commit's findings depend on besides the commit: where the content folder lies in the
     * repository and today's portal settings (the completeness after each commit is measured
     * against them).
     */
    private static String cacheKey(String prefix, byte[] portal) {
        String settings = portal == null
                ? "-"
                : new ObjectInserter.Formatter()
                        .idFor(Constants.OBJ_BLOB, portal)
                        .name();
        return prefix + "\n" + settings;
    }

    /** {@link WorkingTree#changes} on a thread of its own. */
    private static CompletableFuture<Map<String, Set<SectionId>>> workingTree(
            WorkingTree tree, RevCommit head, Path content) {
        CompletableFuture<Map<String, Set<SectionId>>> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        done.complete(tree.changes(head, content));
                    } catch (IOException | RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    }
                },
                "keyplan-history-worktree");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** The working tree's changes, or what stopped them, as if read on this thread. */
    private static Map<String, Set<SectionId>> joined(CompletableFuture<Map<String, Set<SectionId>>> changes)
            throws IOException {
        try {
            return changes.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped while comparing the working tree", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Every commit reachable from HEAD, parents before children. */
    private static List<RevCommit> walk(Repository repo, ObjectId head) throws IOException {
        List<RevCommit> out = new ArrayList<>();
        try (RevWalk rw = new RevWalk(repo)) {
            rw.sort(RevSort.TOPO, true);
            rw.sort(RevSort.REVERSE, true);
            rw.markStart(rw.parseCommit(head));
            for (RevCommit c : rw) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * How many successive commits a reading thread takes at a time. The commits are read newest
     * first, and a thread reads its run of commits from the newest down, because git packs the
     * versions of an object as a chain of deltas from the newest (stored whole) to the oldest, and
     * JGit's delta-base cache keeps the base of the object it last read: read newest first, each
     * version of the {@code accounts/} tree (or of a plan's file) is its cached newer neighbour plus
     * one delta; oldest first, every one was built again from the whole version at the end of the
     * chain, through up to 50 deltas.
     */
    static final int CHUNK = 64;

    /**
     * Reads the commits on up to two threads (the machines this runs on: laptops and CI runners with
     * two cores), each with its own object reader; the results come back in the commits' order.
     */
    private static List<CommitReader.Result> readAll(
            Repository repo, List<RevCommit> commits, String prefix, Blobs blobs, PortalFile portal)
            throws IOException {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        if (commits.size() < 64) {
            threads = 1;
        }
        CommitReader.Result[] results = new CommitReader.Result[commits.size()];
        Trees.Cache trees = new Trees.Cache();
        if (threads == 1) {
            try (ObjectReader reader = repo.newObjectReader()) {
                CommitReader r = new CommitReader(reader, prefix, blobs, trees, portal);
                for (int i = results.length - 1; i >= 0; i--) {
                    results[i] = r.read(commits.get(i));
                }
            }
            return List.of(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "keyplan-history");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int k = 0; k < threads; k++) {
                futures.add(pool.submit(() -> {
                    try (ObjectReader reader = repo.newObjectReader()) {
                        CommitReader r = new CommitReader(reader, prefix, blobs, trees, portal);
                        for (int taken; (taken = next.getAndAdd(CHUNK)) < results.length; ) {
                            int end = results.length - taken;
                            for (int i = end - 1; i >= Math.max(0, end - CHUNK); i--) {
                                results[i] = r.read(commits.get(i));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped while reading the history", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Collections.unmodifiableList(java.util.Arrays.asList(results));
    }
}
