package io.keyplan.history;

import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What one commit did to the accounts: which account folders it changed, which sections' values
 * or narratives, and how complete each plan was right after it. A commit is compared with each of
 * its parents under {@code accounts/} only; for a merge a file or section counts as changed only
 * when it differs from every parent (what a branch brought in is dated by the branch's own commits).
 *
 * <p>An account folder that disappears in the same commit as another appears, with the same
 * {@code account.yaml} (or as the only two in the commit), is a rename: the new folder is compared
 * with the old one and takes over its history. A version of {@code account.yaml} that does not
 * parse changes no section; the commit that repairs it is compared with the last version before it
 * that parsed. One reader per thread; the {@link Blobs} are shared.
 */
final class CommitReader {
    /** What a commit did to one account. */
    record Event(String slug, String renamedFrom, Set<SectionId> sections, Double completeness) {}

    /** What a commit did to all the accounts it touched, by slug. */
    record Result(RevCommit commit, List<Event> events) {
        LocalDate date() {
            return CommitReader.date(commit);
        }
    }

    private static final String YAML = "account.yaml";
    /** How far back the repair of a broken {@code account.yaml} looks for the last version that parsed. */
    private static final int MAX_BACK = 1000;

    private final ObjectReader reader;
    private final String accounts;
    private final Blobs blobs;
    private final PortalFile portal;
    private final Trees trees;

    CommitReader(ObjectReader reader, String prefix, Blobs blobs, Trees.Cache cache, PortalFile portal) {
        this.reader = reader;
        this.accounts = prefix + "accounts";
        this.blobs = blobs;
        this.portal = portal;
        this.trees = new Trees(reader, accounts, cache);
    }

    static LocalDate date(RevCommit c) {
        return LocalDate.ofInstant(time(c), ZoneOffset.UTC);
    }

    static Instant time(RevCommit c) {
        return Instant.ofEpochSecond(c.getCommitTime());
    }

    Result read(RevCommit c) throws IOException {
        RevCommit[] parents = c.getParents();
        int n = Math.max(1, parents.length);
        Map<String, ObjectId> folders = new HashMap<>();
        Map<String, Map<String, ObjectId[]>> bySlug;
        if (parents.length <= 1) {
            bySlug = new TreeMap<>();
            ObjectId now = trees.accounts(c.getTree());
            ObjectId before = parents.length == 0 ? null : trees.accounts(parents[0].getTree());
            if (!Objects.equals(now, before)) {
                trees.diffAccounts(now, before, bySlug, folders);
            }
        } else {
            bySlug = changedFiles(c, parents, n);
        }
        if (bySlug.isEmpty()) {
            return new Result(c, List.of());
        }
        Map<String, String> renamed = parents.length <= 1 ? renames(bySlug) : Map.of();
        List<Event> events = new ArrayList<>();
        for (String slug : bySlug.keySet()) {
            if (renamed.containsValue(slug)) {
                continue;
            }
            String from = renamed.get(slug);
            Set<SectionId> sections = null;
            for (int i = 1; i <= n; i++) {
                Set<SectionId> s = changed(slug, from, bySlug, i, parents.length == 0 ? null : parents[i - 1]);
                if (sections == null) {
                    sections = s;
                } else {
                    sections.retainAll(s);
                }
            }
            events.add(new Event(slug, from, sections, completeness(c, slug, folders.get(slug))));
        }
        return new Result(c, events);
    }

    /** slug -> file in the account folder -> [id now, id in parent 1, ...] (null where absent), changed files only. */
    private Map<String, Map<String, ObjectId[]>> changedFiles(RevCommit c, RevCommit[] parents, int n)
            throws IOException {
        Map<String, Map<String, ObjectId[]>> bySlug = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            tw.addTree(c.getTree());
            if (parents.length == 0) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                for (RevCommit p : parents) {
                    tw.addTree(p.getTree());
                }
            }
            tw.setFilter(AndTreeFilter.create(PathFilter.create(accounts), TreeFilter.ANY_DIFF));
            while (tw.next()) {
                String path = tw.getPathString();
                if (path.length() <= accounts.length() + 1) {
                    continue;
                }
                String rest = path.substring(accounts.length() + 1);
                int slash = rest.indexOf('/');
                if (slash <= 0) {
                    continue; // a file directly in accounts/ belongs to no account
                }
                ObjectId[] ids = new ObjectId[n + 1];
                for (int i = 0; i <= n; i++) {
                    FileMode mode = tw.getFileMode(i);
                    ids[i] = mode.getObjectType() == Constants.OBJ_BLOB ? tw.getObjectId(i) : null;
                }
                boolean changed = true;
                for (int i = 1; i <= n; i++) {
                    changed &= !Objects.equals(ids[0], ids[i]);
                }
                if (changed) {
                    bySlug.computeIfAbsent(rest.substring(0, slash), k -> new TreeMap<>())
                            .put(rest.substring(slash + 1), ids);
                }
            }
        }
        return bySlug;
    }

    /** New slug -> old slug for the account folders this commit renamed. */
    private static Map<String, String> renames(Map<String, Map<String, ObjectId[]>> bySlug) {
        List<String> gone = new ArrayList<>();
        List<String> born = new ArrayList<>();
        bySlug.forEach((slug, files) -> {
            ObjectId[] yaml = files.get(YAML);
            if (yaml != null && yaml[0] == null && yaml[1] != null) {
                gone.add(slug);
            } else if (yaml != null && yaml[0] != null && yaml[1] == null) {
                born.add(slug);
            }
        });
        Map<String, String> out = new HashMap<>();
        for (String b : born) {
            ObjectId now = bySlug.get(b).get(YAML)[0];
            for (String g : gone) {
                if (now.equals(bySlug.get(g).get(YAML)[1]) && !out.containsValue(g)) {
                    out.put(b, g);
                    break;
                }
            }
        }
        born.removeAll(out.keySet());
        gone.removeAll(out.values());
        if (born.size() == 1 && gone.size() == 1) {
            out.put(born.get(0), gone.get(0)); // moved and edited in one commit
        }
        return out;
    }

    /** The sections of {@code slug} whose values or narrative differ from parent {@code i}. */
    private Set<SectionId> changed(
            String slug, String from, Map<String, Map<String, ObjectId[]>> bySlug, int i, RevCommit parent)
            throws IOException {
        Map<String, ObjectId[]> files = bySlug.get(slug);
        Map<String, ObjectId[]> old = from == null ? files : bySlug.get(from);
        Set<SectionId> out = EnumSet.noneOf(SectionId.class);
        if (files.containsKey(YAML) || from != null) {
            ObjectId now = version(files, YAML, 0);
            long[] pNow = now == null ? SectionPrints.absent() : blobs.prints(now, reader);
            if (pNow != Blobs.UNREADABLE) {
                ObjectId before = version(old, YAML, i);
                long[] pBefore = before == null ? SectionPrints.absent() : blobs.prints(before, reader);
                if (pBefore == Blobs.UNREADABLE) {
                    pBefore = lastReadable(parent, accounts + "/" + (from == null ? slug : from) + "/" + YAML);
                }
                for (SectionId s : SectionId.values()) {
                    if (pNow[s.ordinal()] != pBefore[s.ordinal()]) {
                        out.add(s);
                    }
                }
            }
        }
        Set<String> names = new TreeSet<>(files.keySet());
        if (from != null) {
            names.addAll(old.keySet());
        }
        for (String name : names) {
            Optional<SectionId> section = narrativeOf(name);
            if (section.isEmpty() || out.contains(section.get())) {
                continue;
            }
            Blobs.Text tNow = text(version(files, name, 0));
            Blobs.Text tBefore = text(version(old, name, i));
            if (!tNow.readable() || !tBefore.readable() || tNow.blank() && tBefore.blank()) {
                continue;
            }
            if (tNow.blank() != tBefore.blank() || tNow.print() != tBefore.print()) {
                out.add(section.get());
            }
        }
        return out;
    }

    private static ObjectId version(Map<String, ObjectId[]> files, String name, int i) {
        ObjectId[] ids = files == null ? null : files.get(name);
        return ids == null ? null : ids[i];
    }

    private Blobs.Text text(ObjectId blob) throws IOException {
        return blob == null ? Blobs.Text.ABSENT : blobs.text(blob, reader);
    }

    /** {@code <section>.md} directly in the account folder; notes and attachments belong to no section. */
    static Optional<SectionId> narrativeOf(String name) {
        if (name.indexOf('/') >= 0 || !name.endsWith(".md")) {
            return Optional.empty();
        }
        return PlanText.section(name.substring(0, name.length() - 3));
    }

    /** The prints of the newest version of {@code path} that parses, from {@code start} back along first parents. */
    private long[] lastReadable(RevCommit start, String path) throws IOException {
        RevCommit p = start;
        for (int k = 0; p != null && k < MAX_BACK; k++) {
            try (TreeWalk tw = TreeWalk.forPath(reader, path, p.getTree())) {
                if (tw == null) {
                    return SectionPrints.absent();
                }
                long[] prints = blobs.prints(tw.getObjectId(0), reader);
                if (prints != Blobs.UNREADABLE) {
                    return prints;
                }
            }
            p = p.getParentCount() > 0 ? p.getParent(0) : null;
        }
        return SectionPrints.absent();
    }

    /**
     * The plan's completeness (spec 6.1) right after {@code c}, with the commit's date as the build
     * date; {@code folder} is the account folder's tree when the comparison found it already.
     */
    private Double completeness(RevCommit c, String slug, ObjectId folder) throws IOException {
        if (folder == null) {
            try (TreeWalk tw = TreeWalk.forPath(reader, accounts + "/" + slug, c.getTree())) {
                if (tw == null || !tw.isSubtree()) {
                    return null;
                }
                folder = tw.getObjectId(0);
            }
        }
        ObjectId yaml = null;
        Set<SectionId> narratives = EnumSet.noneOf(SectionId.class);
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(folder);
            tw.setRecursive(false);
            while (tw.next()) {
                if (tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    continue;
                }
                String name = tw.getNameString();
                if (name.equals(YAML)) {
                    yaml = tw.getObjectId(0);
                } else {
                    Optional<SectionId> s = narrativeOf(name);
                    if (s.isPresent()) {
                        Blobs.Text t = blobs.text(tw.getObjectId(0), reader);
                        if (t.readable() && !t.blank()) {
                            narratives.add(s.get());
                        }
                    }
                }
            }
        }
        if (yaml == null) {
            return null;
        }
        LocalDate date = date(c);
        return blobs.completeness(yaml, narratives, Portal.of(portal, date.getYear()), date, reader);
    }
}
