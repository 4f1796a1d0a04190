package io.keyplan.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.util.RawParseUtils;

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
        byte[] rawNow = raw(now);
        byte[] rawBefore = raw(before);
        // A commit changes one or two of a thousand entries: the bytes before the first entry that
        // differs and after the last one are the same in both trees and are not parsed.
        int start = sameEntries(rawNow, rawBefore);
        int tail = sameTail(rawNow, rawBefore, start);
        Entry a = new Entry(rawNow, start);
        Entry b = new Entry(rawBefore, start);
        while (!a.eof() || !b.eof()) {
            int left = rawNow.length - a.pos;
            if (left == rawBefore.length - b.pos && left <= tail) {
                break; // the rest of both trees is the same entries
            }
            int cmp = a.eof() ? 1 : b.eof() ? -1 : a.compareTo(b);
            if (cmp == 0 && a.sameId(b) && a.mode == b.mode) {
                a.next();
                b.next();
                continue;
            }
            ObjectId treeNow = cmp <= 0 ? a.subtree() : null;
            ObjectId treeBefore = cmp >= 0 ? b.subtree() : null;
            String slug = (cmp <= 0 ? a : b).name();
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

    /**
     * The offset of the first entry in which two raw trees differ (the same in both, since all
     * bytes before it are); the length of {@code a} when {@code b} starts with all of it.
     */
    static int sameEntries(byte[] a, byte[] b) {
        int differs = Arrays.mismatch(a, b);
        if (differs < 0) {
            return a.length;
        }
        int pos = 0;
        while (pos < a.length) {
            int next = Entry.end(a, pos);
            if (next > differs) {
                break;
            }
            pos = next;
        }
        return pos;
    }

    /** How many bytes at the end of two raw trees are the same, counting no byte before {@code start}. */
    static int sameTail(byte[] a, byte[] b, int start) {
        int max = Math.min(a.length, b.length) - start;
        int n = 0;
        // In blocks first: Arrays.mismatch compares many bytes at a time.
        while (n + TAIL_BLOCK <= max
                && Arrays.mismatch(
                                a, a.length - n - TAIL_BLOCK, a.length - n, b, b.length - n - TAIL_BLOCK, b.length - n)
                        < 0) {
            n += TAIL_BLOCK;
        }
        while (n < max && a[a.length - 1 - n] == b[b.length - 1 - n]) {
            n++;
        }
        return n;
    }

    private static final int TAIL_BLOCK = 64;

    /**
     * One entry of a raw tree ({@code mode name\0id}), read in place: for the {@code accounts/}
     * trees, where only the few entries between the parts two trees share are looked at. Names are
     * compared as git sorts them (a folder as if its name ended in a slash).
     */
    static final class Entry {
        private final byte[] raw;
        int pos;
        int mode;
        private int nameEnd;

        Entry(byte[] raw, int pos) {
            this.raw = raw;
            this.pos = pos;
            parse();
        }

        /** The offset after the entry at {@code pos}: a mode and a name hold no NUL, the id is 20 bytes. */
        static int end(byte[] raw, int pos) {
            int i = pos;
            while (raw[i] != 0) {
                i++;
            }
            return i + 1 + Constants.OBJECT_ID_LENGTH;
        }

        boolean eof() {
            return pos >= raw.length;
        }

        void next() {
            pos = nameEnd + 1 + Constants.OBJECT_ID_LENGTH;
            parse();
        }

        private void parse() {
            if (eof()) {
                return;
            }
            int i = pos;
            int m = 0;
            for (byte c; (c = raw[i]) != ' '; i++) {
                m = (m << 3) + (c - '0');
            }
            mode = m;
            nameEnd = i + 1;
            while (raw[nameEnd] != 0) {
                nameEnd++;
            }
        }

        private int nameStart() {
            int i = pos;
            while (raw[i] != ' ') {
                i++;
            }
            return i + 1;
        }

        String name() {
            return RawParseUtils.decode(StandardCharsets.UTF_8, raw, nameStart(), nameEnd);
        }

        boolean sameId(Entry o) {
            int idA = nameEnd + 1;
            int idB = o.nameEnd + 1;
            return Arrays.equals(
                    raw, idA, idA + Constants.OBJECT_ID_LENGTH, o.raw, idB, idB + Constants.OBJECT_ID_LENGTH);
        }

        ObjectId subtree() {
            return FileMode.TREE.equals(mode) ? ObjectId.fromRaw(raw, nameEnd + 1) : null;
        }

        private int last() {
            return FileMode.TREE.equals(mode) ? '/' : '\0';
        }

        /** Git's order of tree entries, as {@code AbstractTreeIterator.pathCompare}. */
        int compareTo(Entry o) {
            int sa = nameStart();
            int sb = o.nameStart();
            int la = nameEnd - sa;
            int lb = o.nameEnd - sb;
            int i = Arrays.mismatch(raw, sa, nameEnd, o.raw, sb, o.nameEnd);
            if (i < 0) {
                return last() - o.last();
            }
            int ca = i < la ? raw[sa + i] & 0xff : last();
            int cb = i < lb ? o.raw[sb + i] & 0xff : o.last();
            return ca - cb;
        }
    }

    /** The files under two versions of a folder that differ, by path relative to it (see {@link #diffAccounts}). */
    private void diffFolder(String base, ObjectId now, ObjectId before, Map<String, ObjectId[]> out)
            throws IOException {
        CanonicalTreeParser a = parser(now);
        CanonicalTreeParser b = parser(before);
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

    /** The entry's blob id; null for what is not a file (a submodule). */
    private static ObjectId blob(CanonicalTreeParser p) {
        return FileMode.fromBits(p.getEntryRawMode()).getObjectType() == Constants.OBJ_BLOB
                ? p.getEntryObjectId()
                : null;
    }

    /** The bytes of an {@code accounts/} tree (none for null), remembered for the child commit. */
    private byte[] raw(ObjectId tree) throws IOException {
        if (tree == null) {
            return new byte[0];
        }
        byte[] raw = cache.raw.get(tree);
        if (raw == null) {
            raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
            cache.raw.put(tree.copy(), raw);
        }
        return raw;
    }

    private CanonicalTreeParser parser(ObjectId tree) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser();
        if (tree != null) {
            p.reset(reader.open(tree, Constants.OBJ_TREE).getCachedBytes());
        }
        return p;
    }
}
