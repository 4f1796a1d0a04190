package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What earlier builds found in each commit, kept in a file so that a build reads only the commits it
 * has not seen: after one new commit, one commit. A commit's findings depend on nothing but the
 * commit, its parents, where the content folder lies in the repository, today's {@code portal.yaml}
 * and the KeyPlan that read it; the file is kept under those (its {@code key}) and is used only when
 * they are the same. Commits are looked up by id, so a history that was rewritten (amend, rebase) or
 * another branch costs only the commits not seen before, and the result is always what a full read
 * gives.
 *
 * <p>Two places: {@code <cache>/history/commits.bin} with {@code build --cache DIR} ({@link #in}),
 * and, without that option, one file per content folder in the user's cache folder ({@link #user}),
 * the same base folder as the class-data archive of {@code io.keyplan.cli.ClassData}. The user's cache
 * is keyed to the very jar that wrote it (its size and time besides the version), since two builds of
 * one version may read commits differently; it is made only when KeyPlan runs from a jar, and holds at
 * most {@link #USER_FILES} files (the least recently written go).
 *
 * <p>A file that is missing, corrupt (checked by a CRC), from another version or for other settings
 * is ignored: the build reads the whole history as without a cache. The file is written to a
 * temporary name of its own and moved into place, so a build stopped halfway, or two builds at once,
 * leave the old file or a new one, never half of one; it holds only the commits of the last build's
 * history, and is not written when it would exceed {@link #MAX_BYTES}. A folder that cannot be
 * written means no cache, without a word.
 */
public final class HistoryCache {
    /** Bumped whenever what is read from a commit, or how it is stored here, changes. */
    private static final int FORMAT = 1;

    private static final int MAGIC = 0x4b504843; // "KPHC"
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final String FILE = "commits.bin";
    /** The user's cache folder's own folder for KeyPlan (as {@code io.keyplan.cli.ClassData}'s). */
    static final String USER_FOLDER = "keyplan";
    /** How many content folders' histories the user's cache keeps. */
    static final int USER_FILES = 32;

    private static final HistoryCache NONE = new HistoryCache(null, "", false);

    private final Path file;
    private final String version;
    /** Whether this is the user's cache, whose folder is pruned to {@link #USER_FILES} files. */
    private final boolean pruned;
    /** How many commits the last read with this cache had to read from git (for tests and measuring). */
    private volatile int read = -1;

    private HistoryCache(Path file, String version, boolean pruned) {
        this.file = file;
        this.version = version;
        this.pruned = pruned;
    }

    /** No cache: every build reads the whole history. */
    public static HistoryCache none() {
        return NONE;
    }

    /**
     * The history cache in {@code <cacheDir>/history/}, for the KeyPlan {@code version} that reads
     * it; {@link #none()} when {@code cacheDir} is null.
     */
    public static HistoryCache in(Path cacheDir, String version) {
        return cacheDir == null
                ? NONE
                : new HistoryCache(cacheDir.resolve("history").resolve(FILE), version, false);
    }

    /**
     * The history cache of {@code contentDir} in the user's cache folder {@code cacheHome}
     * ({@code <cacheHome>/keyplan/history-<hash of the content folder's real path>.bin}), for the
     * KeyPlan {@code version} running from the jar this class was loaded from; {@link #none()} when
     * {@code cacheHome} is null, the content folder does not exist or KeyPlan does not run from a jar.
     */
    public static HistoryCache user(Path cacheHome, Path contentDir, String version) {
        Path code;
        try {
            code = Path.of(HistoryCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return NONE;
        }
        return user(cacheHome, contentDir, version, code);
    }

    /** {@link #user(Path, Path, String)} for KeyPlan running from {@code jar}. */
    static HistoryCache user(Path cacheHome, Path contentDir, String version, Path jar) {
        if (cacheHome == null || contentDir == null || jar == null) {
            return NONE;
        }
        try {
            if (!Files.isRegularFile(jar) || !Files.isDirectory(contentDir)) {
                return NONE;
            }
            String content = contentDir.toRealPath().toString();
            String build = version + " " + Files.size(jar) + " "
                    + Files.getLastModifiedTime(jar).toMillis();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            Path file = cacheHome
                    .resolve(USER_FOLDER)
                    .resolve("history-" + HexFormat.of().formatHex(hash, 0, 10) + ".bin");
            return new HistoryCache(file, build, true);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return NONE;
        }
    }

    /** Whether there is a cache folder at all. */
    public boolean enabled() {
        return file != null;
    }

    /** The folder the cache lives in ({@code <cache>/history} for {@link #in}); null for {@link #none()}. */
    public Path folder() {
        return file == null ? null : file.getParent();
    }

    Path file() {
        return file;
    }

    /** How many commits the last read with this cache read from git; -1 before any. */
    int read() {
        return read;
    }

    void read(int commits) {
        read = commits;
    }

    /** The findings per commit id kept under {@code key}; empty when there are none that can be trusted. */
    Map<ObjectId, List<CommitReader.Event>> load(String key) {
        if (!enabled()) {
            return Map.of();
        }
        try {
            Path f = file();
            if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
                return Map.of();
            }
            byte[] all = Files.readAllBytes(f);
            if (all.length < 8) {
                return Map.of();
            }
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            long stored = 0;
            for (int i = all.length - 8; i < all.length; i++) {
                stored = stored << 8 | (all[i] & 0xff);
            }
            if (crc.getValue() != stored) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 8));
            if (in.readInt() != MAGIC
                    || in.readInt() != FORMAT
                    || !in.readUTF().equals(version)
                    || !in.readUTF().equals(key)) {
                return Map.of();
            }
            int commits = in.readInt();
            Map<ObjectId, List<CommitReader.Event>> out = new HashMap<>(commits * 2);
            SectionId[] ids = SectionId.values();
            byte[] raw = new byte[20];
            for (int c = 0; c < commits; c++) {
                in.readFully(raw);
                ObjectId id = ObjectId.fromRaw(raw);
                int n = in.readUnsignedShort();
                List<CommitReader.Event> events = new ArrayList<>(n);
                for (int e = 0; e < n; e++) {
                    String slug = in.readUTF();
                    String from = in.readBoolean() ? in.readUTF() : null;
                    int bits = in.readInt();
                    Set<SectionId> sections = EnumSet.noneOf(SectionId.class);
                    for (SectionId s : ids) {
                        if ((bits & 1 << s.ordinal()) != 0) {
                            sections.add(s);
                        }
                    }
                    Double completeness = in.readBoolean() ? in.readDouble() : null;
                    events.add(new CommitReader.Event(slug, from, sections, completeness));
                }
                out.put(id, events);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable: as if there were no cache
        }
    }

    /**
     * Keeps the findings of {@code results} (every commit of the history just read) under {@code key},
     * replacing what was there. A cache that cannot be written is no reason to fail a build.
     */
    void store(String key, List<CommitReader.Result> results) {
        if (!enabled()) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + results.size() * 32);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(version);
            out.writeUTF(key);
            out.writeInt(results.size());
            byte[] raw = new byte[20];
            for (CommitReader.Result r : results) {
                if (r.events().size() > 0xFFFF) {
                    return;
                }
                r.commit().getId().copyRawTo(raw, 0);
                out.write(raw);
                out.writeShort(r.events().size());
                for (CommitReader.Event e : r.events()) {
                    out.writeUTF(e.slug());
                    out.writeBoolean(e.renamedFrom() != null);
                    if (e.renamedFrom() != null) {
                        out.writeUTF(e.renamedFrom());
                    }
                    int bits = 0;
                    for (SectionId s : e.sections()) {
                        bits |= 1 << s.ordinal();
                    }
                    out.writeInt(bits);
                    out.writeBoolean(e.completeness() != null);
                    if (e.completeness() != null) {
                        out.writeDouble(e.completeness());
                    }
                }
                if (bytes.size() > MAX_BYTES) {
                    return;
                }
            }
            CRC32 crc = new CRC32();
            byte[] body = bytes.toByteArray();
            crc.update(body);
            out.writeLong(crc.getValue());
            Path folder = folder();
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray());
                try {
                    Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            if (pruned) {
                prune(folder);
            }
        } catch (IOException | RuntimeException e) {
            // A cache is an optimisation: the next build reads the history again.
        }
    }

    /**
     * Keeps the {@link #USER_FILES} most recently written history files of the user's cache folder, so
     * that it does not grow with every content folder ever built; temporary files an interrupted build
     * left behind go after a day. The class-data archives in the same folder are not touched.
     */
    private static void prune(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "history-*")) {
            for (Path f : all) {
                String name = f.getFileName().toString();
                if (name.endsWith(".bin")) {
                    files.add(f);
                } else if (name.endsWith(".tmp") && modified(f) < dayAgo) {
                    Files.deleteIfExists(f);
                }
            }
        }
        if (files.size() <= USER_FILES) {
            return;
        }
        files.sort(Comparator.comparingLong(HistoryCache::modified).reversed());
        for (Path f : files.subList(USER_FILES, files.size())) {
            Files.deleteIfExists(f);
        }
    }

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0; // gone already, or unreadable: first to go
        }
    }
}
