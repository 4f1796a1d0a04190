package io.keyplan.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The pages part of {@code build --cache DIR}: rendered pages kept in {@code DIR/pages/}, one file
 * per key. Built so that nothing in the folder can make a build wrong or fail:
 *
 * <ul>
 *   <li>An entry is written to a temporary file and renamed into place, and carries a format mark,
 *       its key, its length and a CRC-32C of its bytes: an entry half written when a build was
 *       killed, damaged, or written by another format is ignored (with a note) and rendered again.
 *   <li>One build at a time: the folder is locked ({@code DIR/pages/.lock}); a build that finds it
 *       locked builds without the cache and says so.
 *   <li>After a build that was written, entries the build did not use are deleted, so the folder
 *       holds at most one site's pages. Only files named as entries are ever deleted.
 *   <li>A folder that cannot be made, read or written is a note, never an error.
 * </ul>
 *
 * Other parts of KeyPlan may keep their own sub-folders of {@code DIR} (the git history under
 * {@code history/}); this class touches {@code pages/} only. Safe to use from several threads.
 */
public final class CacheFolder implements PageStore, AutoCloseable {
    /** The sub-folder of the cache folder this class owns. */
    public static final String PAGES = "pages";

    /** The entries' format: part of every page's key, so a new format never reads an old one's entries. */
    public static final String FORMAT = "KEYPLAN-PAGE-1\n";

    private static final byte[] MAGIC = FORMAT.getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 32 + 8 + 4;
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.page");
    private static final Pattern PART = Pattern.compile("[0-9a-f]{64}\\.[0-9a-f]+\\.part");
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path pages;
    private final String display;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger partHits = new AtomicInteger();
    private final AtomicInteger partsStored = new AtomicInteger();
    private final AtomicInteger damaged = new AtomicInteger();
    private final AtomicInteger unwritable = new AtomicInteger();
    private final List<String> notes = new ArrayList<>();
    private volatile String writeProblem;

    private CacheFolder(Path pages, String display, FileChannel lockFile, FileLock lock) {
        this.pages = pages;
        this.display = display;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** A cache folder opened (and a note about it), or why not (the build goes on without it). */
    public record Opened(CacheFolder folder, String note) {}

    /**
     * Opens {@code dir} (made when missing) for one build. When it cannot be used (not a folder,
     * not writable, another build holds it) the folder is null and the note says why.
     *
     */
    public static Opened open(Path dir) {
        String display = dir.toString().replace('\\', '/');
        Path pages = dir.resolve(PAGES);
        FileChannel channel = null;
        try {
            Files.createDirectories(pages);
            channel = FileChannel.open(pages.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another build in this same process
            }
            if (lock == null) {
                channel.close();
                return new Opened(
                        null,
                        "another build is using the cache folder " + display
                                + "; this build renders every page and leaves the folder alone");
            }
            // Entries carry their format too, and another format's keys never match; the mark is for the note.
            Path mark = pages.resolve("FORMAT");
            String note = null;
            if (Files.isRegularFile(mark) && !java.util.Arrays.equals(Files.readAllBytes(mark), MAGIC)) {
                note = "the cache folder " + display
                        + " was written by another version of KeyPlan; its pages are not reused and will be replaced";
            }
            Files.write(mark, MAGIC);
            return new Opened(new CacheFolder(pages, display, channel, lock), note);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            closeQuietly(channel);
            return new Opened(
                    null,
                    "the cache folder " + display + " cannot be used (" + reason(e)
                            + "); this build renders every page. Deleting the folder is always safe");
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.FileAlreadyExistsException || t instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way: " + t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "no permission: " + t.getMessage();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private Path file(String key) {
        return pages.resolve(key.substring(0, 2)).resolve(key + ".page");
    }

    @Override
    public byte[] get(String key) {
        return read(key, hits);
    }

    /** Counted apart from pages: the note on the cache speaks of pages as the site has them. */
    @Override
    public byte[] getPart(String key) {
        return read(key, partHits);
    }

    @Override
    public void put(String key, byte[] page) {
        write(key, page, stored);
    }

    @Override
    public void putPart(String key, byte[] part) {
        write(key, part, partsStored);
    }

    @Override
    public void keep(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        used.add(key);
    }

    private byte[] read(String key, AtomicInteger found) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        used.add(key);
        byte[] all;
        try {
            all = Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | UncheckedIOException e) {
            damaged.incrementAndGet();
            return null;
        }
        byte[] page = unpack(key, all);
        if (page == null) {
            damaged.incrementAndGet();
        } else {
            found.incrementAndGet();
        }
        return page;
    }

    private void write(String key, byte[] page, AtomicInteger kept) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        used.add(key);
        Path target = file(key);
        Path tmp = target.resolveSibling(
                key + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out =
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(header(key, page));
                out.write(page);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            kept.incrementAndGet();
        } catch (IOException | UncheckedIOException e) {
            unwritable.incrementAndGet();
            writeProblem = reason(e);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Pruned by the next build that can write here.
            }
        }
    }

    /** Format mark, key, length and checksum: what {@link #unpack} checks before it trusts an entry. */
    private static byte[] header(String key, byte[] page) {
        ByteBuffer b = ByteBuffer.allocate(HEADER);
        b.put(MAGIC);
        b.put(java.util.HexFormat.of().parseHex(key));
        b.putLong(page.length);
        b.putInt(crc(page, 0, page.length));
        return b.array();
    }

    /** The page in an entry file, or null when the file is not a whole entry for {@code key}. */
    static byte[] unpack(String key, byte[] all) {
        if (all.length < HEADER) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(all);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            return null;
        }
        byte[] k = new byte[32];
        b.get(k);
        if (!java.util.Arrays.equals(k, java.util.HexFormat.of().parseHex(key))) {
            return null;
        }
        long length = b.getLong();
        int crc = b.getInt();
        if (length != all.length - HEADER || crc(all, HEADER, all.length - HEADER) != crc) {
            return null;
        }
        return java.util.Arrays.copyOfRange(all, HEADER, all.length);
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(bytes, from, length);
        return (int) c.getValue();
    }

    /** Pages taken from the folder so far. */
    public int hits() {
        return hits.get();
    }

    /** Pages written into the folder so far. */
    public int stored() {
        return stored.get();
    }

    /** Parts of pages ({@link PageStore#getPart}) taken from the folder so far. */
    public int partHits() {
        return partHits.get();
    }

    /** Parts of pages written into the folder so far. */
    public int partsStored() {
        return partsStored.get();
    }

    /** Entries found damaged (or of another format) and ignored so far. */
    public int damaged() {
        return damaged.get();
    }

    /**
     * After a build that was written: deletes the entries it did not use (and temporary files left
     * by a build that was stopped), so the folder holds one site's pages at most.
     */
    public void prune() {
        try (DirectoryStream<Path> fans = Files.newDirectoryStream(pages)) {
            for (Path fan : fans) {
                if (!Files.isDirectory(fan) || fan.getFileName().toString().length() != 2) {
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(fan)) {
                    for (Path p : entries) {
                        String name = p.getFileName().toString();
                        boolean entry = ENTRY.matcher(name).matches();
                        if (entry && !used.contains(name.substring(0, 64))
                                || PART.matcher(name).matches()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            notes.add("the cache folder " + display + " could not be tidied (" + reason(e)
                    + "); it may hold pages no build uses. Deleting the folder is always safe");
        }
    }

    /** What a user should know about the cache after the build: what was reused, damaged entries, failed writes. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        out.add("reused " + hits.get() + (hits.get() == 1 ? " page" : " pages") + " from the cache folder " + display
                + ", kept " + stored.get() + " newly rendered"
                + (partHits.get() + partsStored.get() == 0
                        ? ""
                        : "; of the site-wide pages' parts for one account each, reused " + partHits.get()
                                + " and kept " + partsStored.get()));
        if (damaged.get() > 0) {
            out.add("the cache folder " + display + " held " + damaged.get() + " damaged or unreadable "
                    + (damaged.get() == 1 ? "entry" : "entries") + "; they were ignored and the pages rendered again");
        }
        if (unwritable.get() > 0) {
            out.add("the cache folder " + display + " could not keep " + unwritable.get() + " "
                    + (unwritable.get() == 1 ? "page" : "pages") + " (" + writeProblem
                    + "); the next build renders them again");
        }
        out.addAll(notes);
        return out;
    }

    /** Releases the folder for the next build. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        }
        closeQuietly(lockFile);
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // Nothing to keep: the lock goes with the channel.
            }
        }
    }

    /**
     * What identifies the running KeyPlan beyond its version name: the digest of the jar its
     * classes come from (a development build keeps its version name while its code changes), or
     * "classes" when they come from a folder ({@link CodeStamp#running()}).
     */
    public static String codeStamp() {
        return CodeStamp.running();
    }
}
