package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;

/**
 * The comparison of two {@code accounts/} trees, which reads only the entries between the parts the
 * trees share, must find exactly what a full JGit tree walk finds.
 */
class TreesTest {
    /** An {@code accounts/} tree: name -> folder (its files) or, for a null value, a file directly in it. */
    private static final class Layout extends TreeMap<String, Map<String, String>> {}

    @Test
    void findsTheChangedFoldersWhereverTheyAreAndWhateverTheirNamesSortLike() throws IOException {
        try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("t"));
                ObjectInserter ins = repo.newObjectInserter();
                ObjectReader reader = repo.newObjectReader()) {
            Layout before = new Layout();
            // Names that sort differently as folders than as text: "a" as a folder sorts as "a/".
            for (String slug : List.of("a", "a-b", "ab", "m", "zz")) {
                before.put(slug, Map.of("account.yaml", "name: " + slug + "\n"));
            }
            before.put("a.md", null);
            ObjectId treeBefore = write(ins, before);

            assertEquals(Map.of(), diff(reader, write(ins, before), treeBefore).bySlug);

            Layout now = copy(before);
            now.put("a", Map.of("account.yaml", "name: A\n")); // first folder
            now.put("zz", Map.of("account.yaml", "name: Z\n", "swot.md", "x")); // last one
            now.remove("ab");
            now.put("b", Map.of("account.yaml", "name: b\n"));
            Result r = diff(reader, write(ins, now), treeBefore);
            assertEquals(List.of("a", "ab", "b", "zz"), new ArrayList<>(r.bySlug.keySet()));
            assertEquals(List.of("a", "b", "zz"), new ArrayList<>(new TreeMap<>(r.folders).keySet()));
            assertEquals(
                    List.of("account.yaml", "swot.md"),
                    new ArrayList<>(r.bySlug.get("zz").keySet()));
            assertEquals(reference(reader, write(ins, now), treeBefore), r.bySlug);

            Layout fileNow = copy(before);
            fileNow.put("m", null); // a folder that became a file of its name
            assertEquals(
                    reference(reader, write(ins, fileNow), treeBefore),
                    diff(reader, write(ins, fileNow), treeBefore).bySlug);

            Result fromNothing = diff(reader, treeBefore, null);
            assertEquals(List.of("a", "a-b", "ab", "m", "zz"), new ArrayList<>(fromNothing.bySlug.keySet()));
        }
    }

    @Test
    void agreesWithAFullTreeWalkOnManyRandomEdits() throws IOException {
        Random random = new Random(14);
        String[] names = {"a", "a-b", "a.b", "a0", "ab", "b", "b-1", "bb", "c", "zeta", "zz", "x.md"};
        try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("t"));
                ObjectInserter ins = repo.newObjectInserter();
                ObjectReader reader = repo.newObjectReader()) {
            Layout layout = new Layout();
            int checked = 0;
            for (int round = 0; round < 300; round++) {
                ObjectId before = layout.isEmpty() ? null : write(ins, layout);
                Layout next = copy(layout);
                for (int k = random.nextInt(3) + 1; k > 0; k--) {
                    String name = names[random.nextInt(names.length)];
                    switch (random.nextInt(4)) {
                        case 0 -> next.remove(name);
                        case 1 -> next.put(name, null);
                        default ->
                            next.put(
                                    name,
                                    Map.of(
                                            "account.yaml",
                                            "name: " + random.nextInt(5) + "\n",
                                            "swot.md",
                                            "" + random.nextInt(3)));
                    }
                }
                if (next.isEmpty()) {
                    continue;
                }
                ObjectId now = write(ins, next);
                assertEquals(reference(reader, now, before), diff(reader, now, before).bySlug, "round " + round);
                checked++;
                layout = next;
            }
            assertTrue(checked > 200);
        }
    }

    @Test
    void theSharedBytesAtBothEndsStopAtEntries() {
        byte[] a = "40000 a\0aaaaaaaaaaaaaaaaaaaa40000 b\0bbbbbbbbbbbbbbbbbbbb".getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = "40000 a\0aaaaaaaaaaaaaaaaaaaa40000 b\0cbbbbbbbbbbbbbbbbbbb".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(28, Trees.sameEntries(a, b));
        assertEquals(a.length, Trees.sameEntries(a, a.clone()));
        assertEquals(19, Trees.sameTail(a, b, 28));
        assertEquals(a.length - 28, Trees.sameTail(a, a.clone(), 28));
        byte[] shorter = Arrays.copyOf(a, 28);
        assertEquals(28, Trees.sameEntries(shorter, a));
    }

    private record Result(Map<String, Map<String, ObjectId[]>> bySlug, Map<String, ObjectId> folders) {}

    private static Result diff(ObjectReader reader, ObjectId now, ObjectId before) throws IOException {
        Map<String, Map<String, ObjectId[]>> bySlug = new TreeMap<>();
        Map<String, ObjectId> folders = new HashMap<>();
        new Trees(reader, "accounts", new Trees.Cache()).diffAccounts(now, before, bySlug, folders);
        return new Result(comparable(bySlug), folders);
    }

    /** What a recursive JGit tree walk of the two trees finds, in the same shape. */
    private static Map<String, Map<String, ObjectId[]>> reference(ObjectReader reader, ObjectId now, ObjectId before)
            throws IOException {
        Map<String, Map<String, ObjectId[]>> out = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            tw.addTree(now);
            if (before == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(before);
            }
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                String path = tw.getPathString();
                int slash = path.indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                ObjectId[] ids = new ObjectId[2];
                for (int i = 0; i < 2; i++) {
                    ids[i] = tw.getFileMode(i).getObjectType() == Constants.OBJ_BLOB ? tw.getObjectId(i) : null;
                }
                if (!java.util.Objects.equals(ids[0], ids[1])) {
                    out.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                            .put(path.substring(slash + 1), ids);
                }
            }
        }
        return comparable(out);
    }

    /** Arrays compare by identity: lists instead, for assertEquals. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Map<String, ObjectId[]>> comparable(Map<String, Map<String, ObjectId[]>> in) {
        Map out = new TreeMap<>();
        in.forEach((slug, files) -> {
            Map<String, List<ObjectId>> f = new TreeMap<>();
            files.forEach((name, ids) -> f.put(name, Arrays.asList(ids)));
            out.put(slug, f);
        });
        return out;
    }

    private static Layout copy(Layout l) {
        Layout out = new Layout();
        out.putAll(l);
        return out;
    }

    private static ObjectId write(ObjectInserter ins, Layout layout) throws IOException {
        List<String[]> entries = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : layout.entrySet()) {
            entries.add(new String[] {e.getKey(), e.getValue() == null ? "" : "/"});
        }
        // Git's order: a folder sorts as if its name ended in a slash.
        entries.sort((x, y) -> (x[0] + x[1]).compareTo(y[0] + y[1]));
        TreeFormatter accounts = new TreeFormatter();
        for (String[] e : entries) {
            Map<String, String> files = layout.get(e[0]);
            if (files == null) {
                accounts.append(e[0], FileMode.REGULAR_FILE, blob(ins, "file " + e[0]));
            } else {
                TreeFormatter folder = new TreeFormatter();
                for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
                    folder.append(f.getKey(), FileMode.REGULAR_FILE, blob(ins, f.getValue()));
                }
                accounts.append(e[0], FileMode.TREE, ins.insert(folder));
            }
        }
        ObjectId id = ins.insert(accounts);
        ins.flush(); // an in-memory repository shows objects to readers only once flushed
        return id;
    }

    private static ObjectId blob(ObjectInserter ins, String text) throws IOException {
        return ins.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
    }
}
