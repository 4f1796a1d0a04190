package io.keyplan.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site a staging folder will replace, as a source of files that need not be written again: a
 * file whose bytes are exactly those to write is hard-linked into the staging folder instead of
 * created anew, which spares the file system an inode per file (on this machine's ext4, allocating
 * inodes right after the previous build freed thousands is most of a warm build's kernel time).
 *
 * <p>A file is linked only when it is a regular file that nothing else shares (one link: never a
 * cache entry, never a file a user linked elsewhere) and whose length and then bytes equal what is
 * to be written; anything else, and any failure to read or link, means "write it as usual". The
 * previous site is only read and linked to, never changed, so a build that fails leaves it as it
 * was (the links in the staging folder go with it), and deleting it after the swap only takes its
 * names away from files the new site keeps.
 *
 * <p>"One link" allows for the names KeyPlan itself is taking away: while a retired site (the
 * site before the previous one, see {@link Leftovers}) is still being deleted, the previous site's
 * unchanged files have a second name there, at the same path. Such a file is linked when every name
 * beyond the first is found, as the same file, at its path in a retired site.
 */
final class PreviousSite {
    /** Makes {@code link} a hard link to {@code existing}; replaceable so that tests can make it fail. */
    @FunctionalInterface
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    private final Path root;
    /** Retired sites whose names of the previous site's files are on their way out. */
    private final List<Path> retired;

    private final Linker linker;
    private final AtomicInteger linked = new AtomicInteger();
    /** Off after the first failure to link: another file system or a share that has no hard links. */
    private volatile boolean linking = true;

    PreviousSite(Path root, Linker linker) {
        this(root, List.of(), linker);
    }

    PreviousSite(Path root, List<Path> retired, Linker linker) {
        this.root = root.toAbsolutePath().normalize();
        this.retired = retired.stream()
                .map(p -> p.toAbsolutePath().normalize())
                .filter(p -> !p.equals(this.root))
                .toList();
        this.linker = linker;
    }

    /**
     * Links the previous site's file at {@code path} as {@code target} when its bytes are exactly
     * {@code bytes}; false (nothing made) when the caller must write the file itself.
     */
    boolean link(String path, Path target, byte[] bytes) {
        if (!linking) {
            return false;
        }
        Path old = root.resolve(path).normalize();
        if (!old.startsWith(root) || !sameBytes(path, old, bytes)) {
            return false;
        }
        try {
            linker.link(target, old);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // A link that failed left nothing behind; most causes hold for every file, so stop trying.
            linking = false;
            return false;
        }
        linked.incrementAndGet();
        return true;
    }

    /** Files linked so far. */
    int linked() {
        return linked.get();
    }

    /**
     * How many of the retired sites hold the file {@code dev}/{@code ino} at {@code path}; stops at
     * {@code wanted} (0 for a file with one name: no look-up at all). A name that is deleted meanwhile
     * is not counted, and the file is then written: never wrongly linked, at worst written.
     */
    private int namesInRetired(String path, Object dev, Object ino, int wanted) {
        int found = 0;
        for (int i = 0; i < retired.size() && found < wanted; i++) {
            Path r = retired.get(i);
            Path name = r.resolve(path).normalize();
            if (!name.startsWith(r)) {
                continue;
            }
            try {
                Map<String, Object> b = Files.readAttributes(name, "unix:dev,ino", LinkOption.NOFOLLOW_LINKS);
                if (ino != null && ino.equals(b.get("ino")) && dev != null && dev.equals(b.get("dev"))) {
                    found++;
                }
            } catch (IOException e) {
                // gone already (or unreadable): not a name to count
            }
        }
        return found;
    }

    /** Length first (one stat), then the content: most changed pages already differ in length. */
    private boolean sameBytes(String path, Path old, byte[] bytes) {
        try {
            Map<String, Object> a =
                    Files.readAttributes(old, "unix:size,nlink,isRegularFile,dev,ino", LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))
                    || !Long.valueOf(bytes.length).equals(a.get("size"))
                    || !(a.get("nlink") instanceof Integer nlink)
                    || nlink != 1 + namesInRetired(path, a.get("dev"), a.get("ino"), nlink - 1)) {
                return false;
            }
            try (FileChannel in = FileChannel.open(old, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                // One more byte than expected: a file that grew since the stat is not the same.
                ByteBuffer now = ByteBuffer.allocate(bytes.length + 1);
                while (now.hasRemaining() && in.read(now) >= 0) {
                    // reads until the end of the file or one byte past the expected length
                }
                return now.position() == bytes.length
                        && Arrays.equals(now.array(), 0, bytes.length, bytes, 0, bytes.length);
            }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // No link count to be had (Windows): no file can be shown to have one name, so none is linked.
            linking = false;
            return false;
        } catch (IOException | SecurityException e) {
            // No such file, unreadable: written as usual.
            return false;
        }
    }
}
