package io.keyplan.load;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account folder as {@link AccountReader} sees it, taken in one walk: every entry's name (hidden
 * ones left out, as the reader leaves them out), kind and size, and the bytes of every file the
 * reader reads (account.yaml, the narratives, the notes). The reader is a function of exactly these
 * (and of the paths it is given and KeyPlan's code, which the key adds), so two folders with one
 * snapshot are read alike (docs/decisions.md, "The loader's cache").
 *
 * <p>A folder the reader would judge by more than that is not taken: a symbolic link, a pipe or a
 * device, a file with a second name (hard link), anything that cannot be listed or read, a file over
 * the size limit. Such a folder is read as without the cache; its findings say what is wrong.
 */
final class FolderSnapshot {
    /** The entries' names, kinds and sizes in walk order, without the bytes of any file. */
    private final byte[] shape;
    /** The bytes read, by path, in walk order. */
    private final LinkedHashMap<Path, byte[]> read;

    private FolderSnapshot(byte[] shape, LinkedHashMap<Path, byte[]> read) {
        this.shape = shape;
        this.read = read;
    }

    /** The folder {@code dir} as the reader would see it now, or null when it holds something the cache does not take. */
    static FolderSnapshot take(Path dir) {
        return take(dir, true);
    }

    /**
     * {@link #take(Path)}; without {@code bytes} only the shape is taken (to tell whether the folder
     * changed while it was read).
     */
    private static FolderSnapshot take(Path dir, boolean bytes) {
        Map<String, Object> top = HardLinks.attributes(dir);
        if (top == null || !Boolean.TRUE.equals(top.get("isDirectory"))) {
            return null;
        }
        RecordCodec.Out shape = new RecordCodec.Out();
        LinkedHashMap<Path, byte[]> read = new LinkedHashMap<>();
        try {
            if (!walk(dir, 0, false, bytes, shape, read)) {
                return null;
            }
        } catch (IOException
                | DirectoryIteratorException
                | SecurityException
                | UnsupportedOperationException
                | IllegalArgumentException e) {
            // Also where the file system has no link counts (not POSIX): no cache there.
            return null;
        }
        return new FolderSnapshot(shape.toByteArray(), read);
    }

    private static boolean walk(
            Path dir, int depth, boolean inNotes, boolean bytes, RecordCodec.Out out, Map<Path, byte[]> read)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!p.getFileName().toString().startsWith(".")) {
                    entries.add(p);
                }
            }
        }
        // The order ContentFiles.list gives.
        entries.sort(null);
        out.varint(entries.size());
        for (Path p : entries) {
            String name = p.getFileName().toString();
            Map<String, Object> a = Files.readAttributes(
                    p, "unix:nlink,isRegularFile,isDirectory,isSymbolicLink,size", LinkOption.NOFOLLOW_LINKS);
            out.text(name);
            if (Boolean.TRUE.equals(a.get("isDirectory")) && !Boolean.TRUE.equals(a.get("isSymbolicLink"))) {
                out.put('D');
                if (!walk(p, depth + 1, depth == 0 && name.equals("notes"), bytes, out, read)) {
                    return false;
                }
            } else if (Boolean.TRUE.equals(a.get("isRegularFile"))
                    && !Boolean.TRUE.equals(a.get("isSymbolicLink"))
                    && a.get("nlink") instanceof Integer n
                    && n == 1
                    && a.get("size") instanceof Long size) {
                out.put('F');
                out.varint(size);
                boolean reads = depth == 0 && (name.equals("account.yaml") || name.endsWith(".md"))
                        || depth == 1 && inNotes && name.endsWith(".md");
                if (reads && bytes) {
                    if (size > TextFiles.MAX_BYTES) {
                        return false;
                    }
                    byte[] b = Files.readAllBytes(p);
                    if (b.length != size) {
                        return false; // changed while it was looked at
                    }
                    read.put(p, b);
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** The bytes of {@code file} as taken, or null when the snapshot did not read it. */
    byte[] bytes(Path file) {
        return read.get(file);
    }

    /** True when the folder's entries, kinds and sizes are still as taken. */
    boolean sameShape(Path dir) {
        FolderSnapshot now = take(dir, false);
        return now != null && Arrays.equals(now.shape, shape);
    }

    /** The shape, for the key: which entries there are, their kinds and sizes (and so which files are read). */
    void feed(java.security.MessageDigest d) {
        Digests.part(d, shape);
    }

    /** The bytes of the files read, in walk order. */
    List<byte[]> files() {
        return new ArrayList<>(read.values());
    }
}
