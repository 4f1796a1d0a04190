package io.keyplan.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What identifies the running KeyPlan's code beyond its version name: the SHA-256 of the jar its
 * classes come from (a development build keeps its version name while its code changes), "classes"
 * when they come from a folder. Hashing the 15 MB jar costs about a quarter of a second under the
 * quick compiler, on the critical path of every {@code build --cache}; so the digest is remembered in
 * the cache folder ({@code DIR/code-stamp}) under the jar's identity as the file system keeps it
 * (device, inode, size, modification and change time, path) and used again while all of them are
 * unchanged. The change time cannot be set by a program: the kernel sets it to the present on every
 * write, rename into place or change of the times, so a jar whose bytes changed never has the
 * identity it had (docs/decisions.md, "The code's stamp, remembered"). Where the file system has no
 * inode and change time (not a POSIX system) the jar is hashed every time.
 */
public final class CodeStamp {
    /** The memo's name in the cache folder. */
    static final String FILE = "code-stamp";

    private static final String FORMAT = "KEYPLAN-CODE-STAMP-1";

    private CodeStamp() {}

    /** The running code's stamp, hashed in full (once per run). */
    public static String running() {
        return Hashed.STAMP;
    }

    /** The running code's stamp, remembered in {@code cacheDir} (which may not exist yet). */
    public static String running(Path cacheDir) {
        Path jar = Running.JAR;
        return jar == null ? running() : of(jar, cacheDir);
    }

    /** The running code's jar hashed in full, on first use only: a remembered stamp never loads this class. */
    private static final class Hashed {
        static final String STAMP = Running.JAR == null ? Running.folderOrUnknown() : hashOrUnique(Running.JAR);
    }

    /** Where the running code comes from. */
    private static final class Running {
        static final Path JAR = jar();

        private static Path jar() {
            try {
                var source = CodeStamp.class.getProtectionDomain().getCodeSource();
                if (source == null) {
                    return null;
                }
                Path p = Path.of(source.getLocation().toURI());
                return Files.isRegularFile(p) ? p : null;
            } catch (java.net.URISyntaxException | RuntimeException e) {
                return null;
            }
        }

        private static String folderOrUnknown() {
            try {
                var source = CodeStamp.class.getProtectionDomain().getCodeSource();
                return source != null
                                && Files.isDirectory(
                                        Path.of(source.getLocation().toURI()))
                        ? "classes"
                        : unique();
            } catch (java.net.URISyntaxException | RuntimeException e) {
                return unique();
            }
        }
    }

    /** The stamp of {@code jar}, from the memo in {@code cacheDir} when the jar's identity is the one recorded there. */
    static String of(Path jar, Path cacheDir) {
        return of(jar, cacheDir, SETTLED);
    }

    /** {@link #of(Path, Path)}, recording the digest only when the jar's change time is older than {@code settled}. */
    static String of(Path jar, Path cacheDir, java.time.Duration settled) {
        String before = identity(jar);
        if (before == null) {
            return hashOrUnique(jar);
        }
        Path memo = cacheDir.resolve(FILE);
        String kept = read(memo, before);
        if (kept != null) {
            return kept;
        }
        String stamp = hashOrUnique(jar);
        // Recorded only when the jar kept its identity while it was read (the digest is of those bytes),
        // and not while its change time is recent: on a file system that keeps times to the second, a
        // jar written again within that second could otherwise keep the identity recorded here.
        if (HEX64.matcher(stamp).matches() && before.equals(identity(jar)) && settled(jar, settled)) {
            write(memo, before, stamp);
        }
        return stamp;
    }

    /** The jar's change time lies more than {@code settled} in the past. */
    private static boolean settled(Path jar, java.time.Duration settled) {
        try {
            Object ctime = Files.getAttribute(jar, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return ctime instanceof FileTime c && c.toInstant().plus(settled).isBefore(java.time.Instant.now());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Longer than the coarsest time stamp of a common file system (FAT: two seconds). */
    static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(3);

    private static final java.util.regex.Pattern HEX64 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /** Device, inode, size, modification and change time and path, or null where the system has no such attributes. */
    static String identity(Path jar) {
        try {
            Map<String, Object> a =
                    Files.readAttributes(jar, "unix:dev,ino,size,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
            Object ctime = a.get("ctime");
            Object mtime = a.get("lastModifiedTime");
            if (!(ctime instanceof FileTime c) || !(mtime instanceof FileTime m)) {
                return null;
            }
            return a.get("dev") + " " + a.get("ino") + " " + a.get("size") + " " + nanos(m) + " " + nanos(c) + " "
                    + jar.toAbsolutePath().normalize();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() + "." + String.format("%09d", i.getNano());
    }

    /** The stamp recorded for {@code identity}, or null (no memo, another identity, damaged). */
    private static String read(Path memo, String identity) {
        try {
            String[] lines = Files.readString(memo, StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length == 4
                    && lines[0].equals(FORMAT)
                    && lines[1].equals(identity)
                    && HEX64.matcher(lines[2]).matches()
                    && lines[3].isEmpty()) {
                return lines[2];
            }
        } catch (IOException | RuntimeException e) {
            // No usable memo: hashed again.
        }
        return null;
    }

    /** Written to a temporary file and renamed into place; a memo that cannot be written is no problem. */
    private static void write(Path memo, String identity, String stamp) {
        Path tmp = memo.resolveSibling(
                FILE + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createDirectories(memo.getParent());
            Files.writeString(tmp, FORMAT + "\n" + identity + "\n" + stamp + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, memo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Left behind: a name no build reads.
            }
        }
    }

    /** SHA-256 of the file, or a stamp no other run shares when it cannot be read (then nothing is reused). */
    static String hashOrUnique(Path jar) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(jar)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return unique();
        }
    }

    private static String unique() {
        return "unknown-" + System.nanoTime();
    }
}
