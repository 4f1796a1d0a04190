package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The changes in the working tree that no commit holds yet (staged or not, new files too), per
 * account: as under {@code keyplan serve} while someone edits a plan. Sections count as changed by
 * the same rule as for commits (values, not layout); renames are not followed here, and a file git
 * ignores counts like any other (KeyPlan publishes it too).
 */
final class WorkingTree {
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Repository repo;
    private final String accounts;
    private final Blobs blobs;

    WorkingTree(Repository repo, String prefix, Blobs blobs) {
        this.repo = repo;
        this.accounts = prefix + "accounts";
        this.blobs = blobs;
    }

    /** slug -> its sections changed since {@code head} (null: an unborn branch, everything is new). */
    Map<String, Set<SectionId>> changes(RevCommit head, Path contentDir) throws IOException {
        Map<String, ObjectId> committed = new TreeMap<>();
        if (head != null) {
            try (ObjectReader reader = repo.newObjectReader();
                    TreeWalk tw = new TreeWalk(reader)) {
                tw.setRecursive(true);
                tw.addTree(head.getTree());
                tw.setFilter(PathFilter.create(accounts));
                while (tw.next()) {
                    committed.put(tw.getPathString(), tw.getObjectId(0));
                }
            }
        }
        // The files are hashed as git would store them rather than asked of git's index: that would
        // have JGit measure the file system and write its findings into the user's home folder.
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        Map<String, byte[]> working = new TreeMap<>();
        Map<String, ObjectId> workingIds = new TreeMap<>();
        // Files not hashed (too large, symbolic links) are not compared at all: counted on one side
        // only, they would look changed on every build.
        Set<String> notHashed = new TreeSet<>();
        Path dir = contentDir.resolve("accounts");
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String path = accounts + "/" + prefix(dir.relativize(f));
                    path = path.substring(0, path.length() - 1);
                    if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.size(f) > MAX_BYTES) {
                        notHashed.add(path);
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    working.put(path, bytes);
                    workingIds.put(path, idAsCommitted(hasher, bytes, committed.get(path)));
                }
            }
        }
        Set<String> paths = new TreeSet<>();
        committed.forEach((path, id) -> {
            if (!notHashed.contains(path) && !id.equals(workingIds.get(path))) {
                paths.add(path);
            }
        });
        workingIds.forEach((path, id) -> {
            if (!id.equals(committed.get(path))) {
                paths.add(path);
            }
        });
        Map<String, Set<SectionId>> out = new TreeMap<>();
        try (ObjectReader reader = repo.newObjectReader()) {
            for (String path : paths) {
                String rest = path.substring(accounts.length() + 1);
                int slash = rest.indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                Set<SectionId> sections =
                        out.computeIfAbsent(rest.substring(0, slash), k -> EnumSet.noneOf(SectionId.class));
                sections.addAll(sections(rest.substring(slash + 1), working.get(path), committed.get(path), reader));
            }
        }
        return out;
    }

    /**
     * The file's blob id; for a file checked out with CRLF line ends (git's {@code core.autocrlf},
     * the default of Git for Windows) whose LF form is what the commit holds, that id: the same
     * text, not a change.
     */
    private static ObjectId idAsCommitted(ObjectInserter.Formatter hasher, byte[] bytes, ObjectId committed) {
        ObjectId id = hasher.idFor(Constants.OBJ_BLOB, bytes);
        if (committed == null || id.equals(committed)) {
            return id;
        }
        java.io.ByteArrayOutputStream lf = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                lf.write(bytes[i]);
            }
        }
        ObjectId asLf = hasher.idFor(Constants.OBJ_BLOB, lf.toByteArray());
        return asLf.equals(committed) ? asLf : id;
    }

    private Set<SectionId> sections(String name, byte[] now, ObjectId committed, ObjectReader reader)
            throws IOException {
        Set<SectionId> out = EnumSet.noneOf(SectionId.class);
        if (name.equals("account.yaml")) {
            long[] pNow = now == null ? SectionPrints.absent() : blobs.prints(now);
            long[] pBefore = committed == null ? SectionPrints.absent() : blobs.prints(committed, reader);
            if (pNow == Blobs.UNREADABLE || pBefore == Blobs.UNREADABLE) {
                return out;
            }
            for (SectionId s : SectionId.values()) {
                if (pNow[s.ordinal()] != pBefore[s.ordinal()]) {
                    out.add(s);
                }
            }
            return out;
        }
        Optional<SectionId> section = CommitReader.narrativeOf(name);
        if (section.isPresent()) {
            Blobs.Text tNow = now == null ? Blobs.Text.ABSENT : Blobs.text(now);
            Blobs.Text tBefore = committed == null ? Blobs.Text.ABSENT : blobs.text(committed, reader);
            if (tNow.readable()
                    && tBefore.readable()
                    && !(tNow.blank() && tBefore.blank())
                    && (tNow.blank() != tBefore.blank() || tNow.print() != tBefore.print())) {
                out.add(section.get());
            }
        }
        return out;
    }

    /** A relative path as git writes it, with a trailing slash, or "" for the top. */
    static String prefix(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (!part.toString().isEmpty()) {
                sb.append(part).append('/');
            }
        }
        return sb.toString();
    }
}
