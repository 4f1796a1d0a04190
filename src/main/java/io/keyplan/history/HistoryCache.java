package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What earlier builds found in each commit, kept in {@code <cache>/history/} so that a build reads
 * only the commits it has not seen: after one new commit, one commit. A commit's findings depend on
 * nothing but the commit, its parents, where the content folder lies in the repository, today's
 * {@code portal.yaml} and the KeyPlan version that read it; the file is kept under those (its
 * {@code key}) and is used only when they are the same. Commits are looked up by id, so a history
 * that was rewritten (amend, rebase) or another branch costs only the commits not seen before, and
 * the result is always what a full read gives.
 *
 * <p>A file that is missing, corrupt (checked by a CRC), from another version or for other settings
 * is ignored: the build reads the whole history as without a cache. The file is written to a
 * temporary name and moved into place, so a build stopped halfway leaves the old file or the new,
 * never half of one; it holds only the commits of the last build's history, and is not written when
 * it would exceed {@link #MAX_BYTES}.
 */
public final class HistoryCache {
    /** Bumped whenever what is read from a commit, or how it is stored here, changes. */
    private static final int FORMAT = 1;

    private static final int MAGIC = 0x4b504843; // "KPHC"
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final String FILE = "commits.bin";

    private static final HistoryCache NONE = new HistoryCache(null, "");

    private final Path folder;
    private final String version;

    private HistoryCache(Path folder, String version) {
        this.folder = folder;
        this.version = version;
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
        return cacheDir == null ? NONE : new HistoryCache(cacheDir.resolve("history"), version);
    }

    /** Whether there is a cache folder at all. */
    public boolean enabled() {
        return folder != null;
    }

    /** The folder the cache lives in ({@code <cache>/history}); null for {@link #none()}. */
    public Path folder() {
        return folder;
    }

    Path file() {
        return folder.resolve(FILE);
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
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, FILE, ".tmp");
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
        } catch (IOException | RuntimeException e) {
            // A cache is an optimisation: the next build reads the history again.
        }
    }
}
