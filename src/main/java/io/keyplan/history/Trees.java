package io.keyplan.history;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Compares what two commits hold under {@code accounts/}, reading as few trees as it can: a
 * commit's {@code accounts/} tree is found once (and remembered for the child commit that compares
 * with it), two {@code accounts/} trees are compared entry by entry on their raw bytes, and only the
 * account folders whose tree ids differ are opened. A commit that changes one plan costs one pass
 * over the two {@code accounts/} trees and the two folders of that plan, whatever the number of
 * plans. One per reader; the {@link Cache} is shared by the walk's threads.
 */
final class Trees {
    /** What the walk's readers share: recently found {@code accounts/} trees and their bytes. */
    static final class Cache {
        /** Root tree -> its {@code accounts/} tree ({@link #NONE} when it has none). */
        private final Map<ObjectId, ObjectId> accountsOf = lru(256);
        /** Raw bytes of recent {@code accounts/} trees: each is read as a commit and again as its child's parent. */
        private final Map<ObjectId, byte[]> raw = lru(32);
    }

    private static final ObjectId NONE = ObjectId.zeroId();

    private final ObjectReader reader;
    private final String[] path;
    private final Cache cache;

    /**
     * @param accounts the {@code accounts/} folder's path in the repository, without a trailing slash
     */
    Trees(ObjectReader reader, String accounts, Cache cache) {
        this.reader = reader;
        this.path = accounts.split("/");
        this.cache = cache;
    }

    private static <K, V> Map<K, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<K, V>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** The {@code accounts/} tree of a commit's root tree; null when there is none. */
    ObjectId accounts(ObjectId root) throws IOException {
        ObjectId hit = cache.accountsOf.get(root);
        if (hit != null) {
            return hit.equals(NONE) ? null : hit;
        }
        ObjectId t = root;
        for (String name : path) {
            t = child(t, name);
            if (t == null) {
                break;
            }
        }
        cache.accountsOf.put(root.copy(), t == null ? NONE : t);
        return t;
    }

    /** The subtree {@code name} of {@code tree}; null when it has none of that name. */
    private ObjectId child(ObjectId tree, String name) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser();
        p.reset(reader.open(tree, Constants.OBJ_TREE).getCachedBytes());
        for (; !p.eof(); p.next()) {
            if (FileMode.TREE.equals(p.getEntryRawMode())
                    && p.getEntryPathString().equals(name)) {
                return p.getEntryObjectId();
            }
        }
        return null;
    }

    /**
     * Adds to {@code bySlug} the files of each account folder that differ between two {@code
     * accounts/} trees (slug -> path in the folder -> [id in {@code now}, id in {@code before}], null
     * where absent or not a file), and to {@code folders} each changed account's folder tree in
     * {@code now}. Files directly in {@code accounts/} belong to no account.
     */
    void diffAccounts(
            ObjectId now, ObjectId before, Map<String, Map<String, ObjectId[]>> bySlug, Map<String, ObjectId> folders)
            throws IOException {
        CanonicalTreeParser a = parser(now, true);
        CanonicalTreeParser b = parser(before, true);
        while (!a.eof() || !b.eof()) {
            int cmp = a.eof() ? 1 : b.eof() ? -1 : a.pathCompare(b);
            if (cmp == 0 && a.idEqual(b) && a.getEntryRawMode() == b.getEntryRawMode()) {
                a.next();
                b.next();
                continue;
            }
            ObjectId treeNow = cmp <= 0 ? subtree(a) : null;
            ObjectId treeBefore = cmp >= 0 ? subtree(b) : null;
            String slug = (cmp <= 0 ? a : b).getEntryPathString();
            if ((treeNow != null || treeBefore != null) && !Objects.equals(treeNow, treeBefore)) {
                Map<String, ObjectId[]> files = new java.util.TreeMap<>();
                diffFolder("", treeNow, treeBefore, files);
                if (!files.isEmpty()) {
                    bySlug.computeIfAbsent(slug, k -> new java.util.TreeMap<>()).putAll(files);
                    if (treeNow != null) {
                        folders.put(slug, treeNow);
                    }
                }
            }
            if (cmp <= 0) {
                a.next();
            }
            if (cmp >= 0) {
                b.next();
            }
        }
    }

    /** The files under two versions of a folder that differ, by path relative to it (see {@link #diffAccounts}). */
    private void diffFolder(String base, ObjectId now, ObjectId before, Map<String, ObjectId[]> out)
            throws IOException {
        CanonicalTreeParser a = parser(now, false);
        CanonicalTreeParser b = parser(before, false);
        while (!a.eof() || !b.eof()) {
            int cmp = a.eof() ? 1 : b.eof() ? -1 : a.pathCompare(b);
            if (cmp == 0 && a.idEqual(b) && a.getEntryRawMode() == b.getEntryRawMode()) {
                a.next();
                b.next();
                continue;
            }
            CanonicalTreeParser named = cmp <= 0 ? a : b;
            String name = base + named.getEntryPathString();
            if (FileMode.TREE.equals(named.getEntryRawMode())) {
                // Same name and both trees (a tree sorts apart from a file of its name).
                ObjectId treeNow = cmp <= 0 ? a.getEntryObjectId() : null;
                ObjectId treeBefore = cmp >= 0 ? b.getEntryObjectId() : null;
                if (!Objects.equals(treeNow, treeBefore)) {
                    diffFolder(name + "/", treeNow, treeBefore, out);
                }
            } else {
                ObjectId[] ids = {cmp <= 0 ? blob(a) : null, cmp >= 0 ? blob(b) : null};
                if (!Objects.equals(ids[0], ids[1])) {
                    out.put(name, ids);
                }
            }
            if (cmp <= 0) {
                a.next();
            }
            if (cmp >= 0) {
                b.next();
            }
        }
    }

    private static ObjectId subtree(CanonicalTreeParser p) {
        return FileMode.TREE.equals(p.getEntryRawMode()) ? p.getEntryObjectId() : null;
    }

    /** The entry's blob id; null for what is not a file (a submodule). */
    private static ObjectId blob(CanonicalTreeParser p) {
        return FileMode.fromBits(p.getEntryRawMode()).getObjectType() == Constants.OBJ_BLOB
                ? p.getEntryObjectId()
                : null;
    }

    private CanonicalTreeParser parser(ObjectId tree, boolean remember) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser();
        if (tree != null) {
            byte[] raw = remember ? cache.raw.get(tree) : null;
            if (raw == null) {
                raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
                if (remember) {
                    cache.raw.put(tree.copy(), raw);
                }
            }
            p.reset(raw);
        }
        return p;
    }
}
