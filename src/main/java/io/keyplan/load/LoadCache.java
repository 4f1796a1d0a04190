package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Severity;
import io.keyplan.model.Account;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loader's part of {@code build --cache DIR}: each account folder as read before, kept in
 * {@code DIR/load/accounts}, so that a folder whose files are byte for byte the same is not parsed
 * and checked again (docs/decisions.md, "The loader's cache"). Everything the reading depended on
 * must be the same: the key holds KeyPlan's code stamp, the account folder as named and as shown in
 * messages (every path in the records and findings is made of these two; the working folder as well
 * when it lies inside the account folder) and the shape of its {@link FolderSnapshot} (names, kinds
 * and sizes of its entries, and so which files are read); the entry holds the bytes of every file
 * read, compared with the snapshot's before anything else of it is used. An entry also holds the
 * {@link Account} (or that the folder gave none), the plan's digest ({@link PlanDigests}) and the
 * reading's own findings.
 *
 * <p>Only the reading of one account folder is kept: whatever looks across accounts (names,
 * references, the portfolio's rules) runs on the whole set every build, and so does the reading of
 * {@code portal.yaml}, the free pages and the list of folders.
 *
 * <p>The file is one versioned block with a CRC-32C, written whole to a temporary name and renamed
 * into place; one that is missing, damaged, of another format or of other code is read as empty. A
 * record is read back only as the types the model declares (never a class named in the file), and an
 * entry that cannot be read back is a miss: the folder is read from the disk. Safe to use from the
 * loader's threads.
 */
public final class LoadCache {
    /** The sub-folder of the cache folder this class owns. */
    public static final String FOLDER = "load";

    private static final String FILE = "accounts";
    private static final byte[] MAGIC = "KEYPLAN-LOAD-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOMAIN =
            "KeyPlan: an account folder as the loader read it\n".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final String code;
    /** The entries of the file as read, by key. */
    private final CompletableFuture<Map<String, Slice>> reading;

    private volatile Map<String, Slice> before;
    /** The entries this build used or made, by key: what is written back. */
    private final Map<String, Slice> now = new ConcurrentHashMap<>();

    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger uncached = new AtomicInteger();

    private LoadCache(Path file, String code, CompletableFuture<Map<String, Slice>> reading) {
        this.file = file;
        this.code = code;
        this.reading = reading;
    }

    /** Part of an array: an entry in the file as read, or an entry made by this load. */
    record Slice(byte[] bytes, int from, int to) {
        Slice(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        int length() {
            return to - from;
        }
    }

    /** The file's entries, once read. */
    private Map<String, Slice> before() {
        Map<String, Slice> b = before;
        if (b == null) {
            b = reading.join();
            before = b;
        }
        return b;
    }

    /**
     * The loader's cache in the cache folder {@code cacheDir} (which may not exist yet) for KeyPlan's
     * code {@code code} (its stamp: a cache of other code is not read). Never fails: what cannot be
     * read is empty.
     */
    public static LoadCache open(Path cacheDir, String code) {
        Path file = cacheDir.resolve(FOLDER).resolve(FILE);
        // Read on a thread of its own while the loader lists the folders and reads portal.yaml.
        CompletableFuture<Map<String, Slice>> reading = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        reading.complete(read(file, code));
                    } catch (RuntimeException | Error e) {
                        reading.complete(Map.of());
                    }
                },
                "keyplan-load-cache");
        t.setDaemon(true);
        t.start();
        return new LoadCache(file, code, reading);
    }

    /** The entries of {@code file}, or none when it is missing or not exactly what {@link #save} writes. */
    static Map<String, Slice> read(Path file, String code) {
        byte[] all;
        try {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            all = Files.readAllBytes(file);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Map.of();
        }
        try {
            if (all.length < MAGIC.length + 4
                    || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || crc(all, all.length - 4) != readInt(all, all.length - 4)) {
                return Map.of();
            }
            RecordCodec.In in = new RecordCodec.In(all, MAGIC.length, all.length - 4);
            if (!code.equals(in.text())) {
                return Map.of();
            }
            int n = in.count();
            Map<String, Slice> entries = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String key = HexFormat.of().formatHex(in.bytes(32));
                int length = in.count();
                entries.put(key, new Slice(all, in.position(), in.position() + length));
                in.skip(length);
            }
            return in.left() == 0 ? entries : Map.of();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static int crc(byte[] b, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b, 0, length);
        return (int) crc.getValue();
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    /** What the cache did in one load: folders reused, read and kept, read without the cache. */
    public record Counts(int reused, int read, int notKept) {}

    public Counts counts() {
        return new Counts(hits.get(), misses.get(), uncached.get());
    }

    /**
     * The account folder {@code dir} as {@link AccountReader#read} reads it, with what that reports
     * added to {@code diagnostics}: from the cache when the folder is unchanged, else read and kept.
     */
    Account read(
            Path dir,
            ContentFiles files,
            Diagnostics diagnostics,
            PlanDigests digests,
            String contentDir,
            Path workingDir) {
        FolderSnapshot snapshot = FolderSnapshot.take(dir);
        if (snapshot == null) {
            uncached.incrementAndGet();
            return new AccountReader(files, diagnostics, digests).read(dir);
        }
        String key = key(dir, files.display(dir), snapshot, contentDir, workingDir);
        Slice entry = before().get(key);
        if (entry != null) {
            Entry e = decode(entry, snapshot.files());
            if (e != null) {
                hits.incrementAndGet();
                now.put(key, entry);
                e.findings.forEach(diagnostics::add);
                if (e.account != null && digests != null) {
                    // The digest made from these very bytes when the entry was made (the key holds the
                    // code and the display path it is also made of); made again if it was not kept.
                    Path yaml = dir.resolve("account.yaml");
                    byte[] d = e.planDigest != null
                            ? e.planDigest
                            : digests.digest(files.display(yaml), snapshot.bytes(yaml));
                    digests.put(e.account.plan(), d);
                }
                return e.account;
            }
        }
        misses.incrementAndGet();
        Diagnostics own = new Diagnostics();
        AccountReader reader = new AccountReader(files.reportingTo(own), own, digests, snapshot);
        Account account = reader.read(dir);
        diagnostics.addAll(own);
        // Kept only when what was read is the snapshot's alone and the folder did not change meanwhile.
        if (reader.readFromSnapshotOnly() && own.omitted() == 0 && snapshot.sameShape(dir)) {
            byte[] digest = account == null || digests == null ? null : digests.of(account.plan());
            byte[] made = encode(snapshot.files(), digest, account, own.all());
            if (made != null) {
                now.put(key, new Slice(made));
            }
        }
        return account;
    }

    private String key(Path dir, String shown, FolderSnapshot snapshot, String contentDir, Path workingDir) {
        MessageDigest d = Digests.sha256(DOMAIN);
        Digests.part(d, code.getBytes(StandardCharsets.UTF_8));
        // Every path shown in a finding or a record is the folder's as shown followed by names inside
        // it, unless the working folder lies inside the account folder: then the working folder counts.
        boolean inside = workingDir.startsWith(dir.toAbsolutePath().normalize());
        Digests.part(d, (inside ? workingDir.toString() : "").getBytes(StandardCharsets.UTF_8));
        Digests.part(d, shown.getBytes(StandardCharsets.UTF_8));
        // The attachments' paths are made from the content folder as named.
        Digests.part(d, contentDir.getBytes(StandardCharsets.UTF_8));
        Digests.part(d, dir.toString().getBytes(StandardCharsets.UTF_8));
        // The shape says which files are read; their bytes are compared, not hashed (see decode).
        snapshot.feed(d);
        return HexFormat.of().formatHex(d.digest());
    }

    /** One kept reading: the account (null when the folder gave none) and what its reading found. */
    record Entry(byte[] planDigest, Account account, List<Diagnostic> findings) {}

    /**
     * An entry: the bytes of the files read (to be compared on the next build), the plan's digest
     * ({@link PlanDigests}, may be null), the account (may be null) and the reading's findings.
     */
    static byte[] encode(List<byte[]> read, byte[] planDigest, Account account, List<Diagnostic> findings) {
        try {
            RecordCodec.Out out = new RecordCodec.Out();
            out.varint(read.size());
            for (byte[] b : read) {
                out.varint(b.length);
                out.bytes(b);
            }
            byte[] digest = planDigest == null ? new byte[0] : planDigest;
            out.varint(digest.length);
            out.bytes(digest);
            RecordCodec.write(out, account, Account.class);
            out.varint(findings.size());
            for (Diagnostic f : findings) {
                out.put(f.severity().ordinal());
                out.text(f.at().file());
                out.zigzag(f.at().line());
                out.zigzag(f.at().column());
                out.text(f.rule());
                out.text(f.message());
                out.text(f.hint());
            }
            return out.toByteArray();
        } catch (RecordCodec.Unsupported | RuntimeException e) {
            return null;
        }
    }

    /**
     * The entry in {@code bytes}, or null when they are not one or when the files it was made from
     * are not byte for byte {@code read} (in the snapshot's order): compared, intrinsic and exact,
     * instead of hashed at the quick compiler's speed.
     */
    static Entry decode(byte[] bytes, List<byte[]> read) {
        return decode(new Slice(bytes), read);
    }

    private static Entry decode(Slice bytes, List<byte[]> read) {
        try {
            RecordCodec.In in = new RecordCodec.In(bytes.bytes(), bytes.from(), bytes.to());
            if (in.count() != read.size()) {
                return null;
            }
            for (byte[] b : read) {
                if (!in.matches(b)) {
                    return null;
                }
            }
            byte[] digest = in.bytes(in.count());
            Account account = (Account) RecordCodec.read(in, Account.class);
            int n = in.count();
            List<Diagnostic> findings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Severity severity = Severity.values()[in.get()];
                SourceSpan at = new SourceSpan(in.text(), in.zigzagInt(), in.zigzagInt());
                findings.add(new Diagnostic(severity, at, in.text(), in.text(), in.text()));
            }
            return in.left() == 0 ? new Entry(digest.length == 0 ? null : digest, account, findings) : null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return null;
        }
    }

    /**
     * Writes back the entries this load used or made (so the file holds one content folder's
     * accounts), when they differ from the file's. A file that cannot be written is left as it was:
     * the next build reads the folders again.
     */
    public void save() {
        Map<String, Slice> before = before();
        if (now.size() == before.size() && before.keySet().equals(now.keySet())) {
            return;
        }
        Path tmp = null;
        try {
            RecordCodec.Out out = new RecordCodec.Out();
            out.bytes(MAGIC);
            out.text(code);
            Map<String, Slice> sorted = new TreeMap<>(now);
            out.varint(sorted.size());
            for (Map.Entry<String, Slice> e : sorted.entrySet()) {
                out.bytes(HexFormat.of().parseHex(e.getKey()));
                Slice v = e.getValue();
                out.varint(v.length());
                out.bytes(v.bytes(), v.from(), v.length());
            }
            byte[] all = out.toByteArray();
            int crc = crc(all, all.length);
            byte[] whole = Arrays.copyOf(all, all.length + 4);
            whole[all.length] = (byte) (crc >>> 24);
            whole[all.length + 1] = (byte) (crc >>> 16);
            whole[all.length + 2] = (byte) (crc >>> 8);
            whole[all.length + 3] = (byte) crc;
            Files.createDirectories(file.getParent());
            tmp = file.resolveSibling(
                    FILE + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            Files.write(tmp, whole);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // Not kept this time; the cache is never a reason for a build to fail.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // a stray temporary file is harmless: it is never read
                }
            }
        }
    }
}
