package io.keyplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A git repository for the history benchmark ({@code bench/history}): the synthetic portfolio of
 * {@link SyntheticPortfolio} in {@code content/}, committed once, then edited over many commits,
 * one plan per commit, by five authors, spread over the two years before the generator's "today". The edits are a mix of what
 * happens to real plans: a section's values (mission, why), a narrative ({@code swot.md}), a header
 * field (no section) and a comment (layout only, no section). Objects are written straight into the
 * repository (no working tree per commit), so 20,000 commits take seconds; the working tree and
 * index are left as the last commit has them. Same arguments, same repository.
 *
 * <p>{@code java ... io.keyplan.bench.SyntheticHistory <plans> <commits> <folder>}
 */
public final class SyntheticHistory {
    private static final String[] AUTHORS = {"Anna Berg", "Ben Cole", "Carla Diaz", "Dirk Evers", "Eva Fischer"};

    private SyntheticHistory() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticHistory <plans> <commits> <folder>");
            System.exit(2);
        }
        int plans = Integer.parseInt(args[0]);
        int commits = Integer.parseInt(args[1]);
        write(plans, commits, Path.of(args[2]));
        System.out.println("wrote " + plans + " plans over " + commits + " commits to " + args[2]);
    }

    public static void write(int plans, int commits, Path root) throws IOException {
        Path content = root.resolve("content");
        SyntheticPortfolio.write(plans, content);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        Random random = new Random(20261123L);
        Instant start = Instant.parse("2024-12-01T08:00:00Z");
        // The commits spread evenly over the two years before the generator's "today".
        long step = Math.max(1, 720L * 86_400 / Math.max(1, commits));
        try (Repository repo = new FileRepositoryBuilder()
                        .setGitDir(root.resolve(".git").toFile())
                        .setWorkTree(root.toFile())
                        .build();
                ObjectInserter ins = repo.newObjectInserter()) {
            repo.create();
            DirCache index = DirCache.newInCore();
            DirCacheBuilder b = index.builder();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                b.add(entry(e.getKey(), ins.insert(Constants.OBJ_BLOB, e.getValue())));
            }
            b.finish();
            ObjectId head = commit(ins, index, null, 0, start, "Portfolio: first plans");
            for (int k = 1; k < commits; k++) {
                int plan = 1 + random.nextInt(plans);
                String dir = "content/accounts/" + String.format("account-%05d", plan) + "/";
                int kind = random.nextInt(20);
                String path;
                String subject;
                byte[] now;
                if (kind < 8) {
                    path = dir + "account.yaml";
                    now = replaceAfter(files.get(path), "\nmission:\n  statement: ", "Mission, revision " + k, true);
                    subject = "mission";
                } else if (kind < 12) {
                    path = dir + "account.yaml";
                    now = replaceAfter(files.get(path), "\nwhy:\n  statement: ", "Why, revision " + k, true);
                    subject = "why";
                } else if (kind < 15) {
                    path = dir + "swot.md";
                    now = (new String(files.get(path), StandardCharsets.UTF_8) + "\nRevision " + k + ".\n")
                            .getBytes(StandardCharsets.UTF_8);
                    subject = "SWOT narrative";
                } else if (kind < 18) {
                    path = dir + "account.yaml";
                    now = replaceAfter(files.get(path), "\nlast_review: ", "2026-11-1" + k % 10, false);
                    subject = "review";
                } else {
                    path = dir + "account.yaml";
                    now = ("# edited in commit " + k + "\n"
                                    + new String(files.get(path), StandardCharsets.UTF_8)
                                            .replaceFirst("^# edited in commit \\d+\n", ""))
                            .getBytes(StandardCharsets.UTF_8);
                    subject = "comment";
                }
                files.put(path, now);
                DirCacheEditor ed = index.editor();
                ObjectId blob = ins.insert(Constants.OBJ_BLOB, now);
                ed.add(new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry ent) {
                        ent.setFileMode(FileMode.REGULAR_FILE);
                        ent.setObjectId(blob);
                    }
                });
                ed.finish();
                head = commit(
                        ins,
                        index,
                        head,
                        k,
                        start.plusSeconds(step * k),
                        "account-" + String.format("%05d", plan) + ": " + subject);
            }
            ins.flush();
            DirCache onDisk = repo.lockDirCache();
            DirCacheBuilder all = onDisk.builder();
            for (int i = 0; i < index.getEntryCount(); i++) {
                all.add(index.getEntry(i));
            }
            all.finish();
            onDisk.write();
            onDisk.commit();
            RefUpdate ru = repo.updateRef(Constants.HEAD);
            ru.setNewObjectId(head);
            ru.setForceUpdate(true);
            ru.update();
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(root.resolve(e.getKey()), e.getValue());
        }
    }

    private static ObjectId commit(
            ObjectInserter ins, DirCache index, ObjectId parent, int k, Instant when, String subject)
            throws IOException {
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(index.writeTree(ins));
        if (parent != null) {
            c.setParentId(parent);
        }
        String name = AUTHORS[k % AUTHORS.length];
        PersonIdent who =
                new PersonIdent(name, name.toLowerCase().replace(' ', '.') + "@example.com", when, ZoneOffset.UTC);
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(subject + "\n");
        return ins.insert(c);
    }

    private static DirCacheEntry entry(String path, ObjectId blob) {
        DirCacheEntry e = new DirCacheEntry(path);
        e.setFileMode(FileMode.REGULAR_FILE);
        e.setObjectId(blob);
        return e;
    }

    /** The bytes with the rest of the line after {@code marker} replaced by {@code value}, in double quotes if asked. */
    private static byte[] replaceAfter(byte[] bytes, String marker, String value, boolean quoted) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new UncheckedIOException(new IOException("no '" + marker.strip() + "' in a synthetic plan"));
        }
        int from = at + marker.length();
        int to = text.indexOf('\n', from);
        String v = quoted ? '"' + value + '"' : value;
        return (text.substring(0, from) + v + text.substring(to)).getBytes(StandardCharsets.UTF_8);
    }
}
