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
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The changes in the working tree that no commit holds yet (staged or not, new files too), per
 * account: as under {@code keyplan serve} while someone edits a plan. Sections count as changed by
 * the same rule as for commits (values, not layout); renames are not followed here.
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
    Map<String, Set<SectionId>> changes(RevCommit head) throws IOException {
        Status status;
        try {
            status = Git.wrap(repo).status().addPath(accounts).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot read the working tree's status", e);
        }
        Set<String> paths = new TreeSet<>();
        paths.addAll(status.getAdded());
        paths.addAll(status.getChanged());
        paths.addAll(status.getRemoved());
        paths.addAll(status.getMissing());
        paths.addAll(status.getModified());
        paths.addAll(status.getUntracked());
        paths.addAll(status.getConflicting());
        Map<String, Set<SectionId>> out = new TreeMap<>();
        try (ObjectReader reader = repo.newObjectReader()) {
            for (String path : paths) {
                if (!path.startsWith(accounts + "/")) {
                    continue;
                }
                String rest = path.substring(accounts.length() + 1);
                int slash = rest.indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                Set<SectionId> sections =
                        out.computeIfAbsent(rest.substring(0, slash), k -> EnumSet.noneOf(SectionId.class));
                sections.addAll(sections(path, rest.substring(slash + 1), head, reader));
            }
        }
        return out;
    }

    private Set<SectionId> sections(String path, String name, RevCommit head, ObjectReader reader) throws IOException {
        Set<SectionId> out = EnumSet.noneOf(SectionId.class);
        byte[] now = working(path);
        ObjectId committed = committed(path, head, reader);
        if (name.equals("account.yaml")) {
            long[] pNow = now == null ? SectionPrints.absent() : Blobs.prints(now);
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

    /** The file as it is in the working tree; null when it is not there (or too large to be a plan). */
    private byte[] working(String path) throws IOException {
        Path file = repo.getWorkTree().toPath().resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
            return null;
        }
        return Files.readAllBytes(file);
    }

    private static ObjectId committed(String path, RevCommit head, ObjectReader reader) throws IOException {
        if (head == null) {
            return null;
        }
        try (TreeWalk tw = TreeWalk.forPath(reader, path, head.getTree())) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }
}
