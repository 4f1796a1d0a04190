package io.keyplan.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The class-data-sharing archive the second JVM maps KeyPlan's classes from, so that it does not
 * load and verify them again: {@code keyplan.jsa} beside the jar when {@code mvn package} made one,
 * otherwise one made by the first {@code build} into the user's cache folder and used from then on.
 *
 * <p>An archive fits one jar and one JDK only. The cache file's name is a hash of the jar (path,
 * size, time) and the JDK (its folder and version), so a new jar or another JDK never picks up an
 * old archive: it makes its own. The JVM checks the archive again when it maps it and, with the
 * logging switched off, ignores one that does not fit without a word; the build then only starts
 * slower. A cache folder that cannot be written to means no archive, never a failed build.
 *
 * <p>Made with {@code -XX:ArchiveClassesAtExit} (Java 13 and later; the same on 17 and 25) into a
 * file of its own that the launcher renames when the build has ended, so that a build running at
 * the same time never maps half an archive.
 *
 * @param file the archive to map, or when {@code making}, the one to make
 * @param making true when this run makes it (into {@link #partial()}), false when it maps it
 */
record ClassData(Path file, boolean making) {
    /** The cache's own folder under the user's cache folder. */
    static final String FOLDER = "keyplan";

    /** The options that keep the JVM's notes about an unfit archive out of the output (which may be JSON). */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** An archive that exists and is mapped. */
    static ClassData use(Path file) {
        return file == null ? null : new ClassData(file, false);
    }

    /** True for an archive in the user's cache (KeyPlan's to remove), false for one beside the jar. */
    boolean cached() {
        Path folder = file.getParent();
        return folder != null
                && folder.getFileName() != null
                && folder.getFileName().toString().equals(FOLDER)
                && file.getFileName().toString().startsWith("classes-");
    }

    /** Removes a cached archive the JVM could not map; never fails. */
    void discard() {
        if (cached()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // left as it is: the JVM crashes on it again and the launcher runs without it again
            }
        }
    }

    /** Where this run writes the archive it makes; renamed to {@link #file} by {@link #finish}. */
    Path partial() {
        return file.resolveSibling(
                file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    }

    /** The second JVM's options for this archive. */
    List<String> options() {
        // String.concat, not +: see Launcher.relaunchIfUseful
        String option = making
                ? "-XX:ArchiveClassesAtExit=".concat(partial().toString())
                : "-XX:SharedArchiveFile=".concat(file.toString());
        return List.of(option, QUIET.get(0), QUIET.get(1));
    }

    /**
     * After the second JVM ended: the archive it made becomes the one later runs map, when KeyPlan
     * ran to its end ({@code ran}) and the file is there; otherwise the part is removed. Never fails.
     */
    void finish(boolean ran) {
        if (!making) {
            return;
        }
        Path part = partial();
        try {
            if (ran && Files.size(part) > 0) {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next build tries again
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException | RuntimeException e) {
            // left behind in the cache folder: harmless, the name is never mapped
        }
    }

    /**
     * The archive for a run of {@code command} from {@code classPath} (the jar), or null for none.
     *
     * @param javaHome  {@code java.home}
     * @param vmVersion {@code java.vm.version}: a JDK updated in place gets a new archive
     * @param cacheHome the user's cache folder ({@link #cacheHome}), or null when there is none
     */
    static ClassData find(String command, String classPath, String javaHome, String vmVersion, Path cacheHome) {
        Path beside = besideJar(classPath);
        if (beside != null && fits(beside, classPath, javaHome, vmVersion)) {
            return use(beside);
        }
        if (cacheHome == null || classPath == null || !classPath.endsWith(".jar")) {
            return null;
        }
        Path file;
        try {
            file = cacheHome
                    .resolve(FOLDER)
                    .resolve("classes-" + key(Path.of(classPath), javaHome, vmVersion) + ".jsa");
        } catch (IOException | RuntimeException e) {
            return null; // the jar cannot be looked at: nothing to key an archive to
        }
        if (isArchive(file)) {
            return use(file);
        }
        // Only a build makes one: it loads nearly every class KeyPlan has (validate and serve would leave out the
        // renderer's).
        if (!command.equals("build")) {
            return null;
        }
        ClassData made = new ClassData(file, true);
        try {
            // Written once here, so that a folder the JVM could not write to at exit is found now: the JVM would
            // end with an error of its own after the build had succeeded.
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(made.partial());
            Files.createFile(made.partial());
            return made;
        } catch (IOException | RuntimeException e) {
            return null; // a read-only or missing cache folder: no archive, the build runs as before
        }
    }

    /**
     * {@code keyplan.jsa} beside {@code keyplan.jar}, made by {@code mvn package}: null when there
     * is none.
     */
    static Path besideJar(String classPath) {
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return null;
        }
        Path archive = Path.of(
                classPath.substring(0, classPath.length() - ".jar".length()).concat(".jsa"));
        return Files.isRegularFile(archive) ? archive : null;
    }

    /** The system property that asks a run to write {@link #stamp} (the training run of {@code mvn package}). */
    static final String STAMP_PROPERTY = "keyplan.archive.stamp";

    /**
     * The file beside an archive that says which jar and JDK it was made for: {@code keyplan.jsa.key}
     * holds {@link #identity} of the training run that made {@code keyplan.jsa} (as text, not hashed: the
     * first hash of a run sets up the JDK's security providers, on the way to the second JVM's start).
     */
    static Path stampOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".key");
    }

    /**
     * Whether the archive beside the jar was made for this jar and JDK. The JVM would ignore one that
     * was not (the jar moved or was copied, another JDK runs it), silently and without making another:
     * every build would then start without an archive. With a stamp that does not fit, the launcher
     * uses or makes one in the user's cache instead. An archive without a stamp (packaged before
     * there were stamps, or by hand) is used as before.
     */
    static boolean fits(Path archive, String classPath, String javaHome, String vmVersion) {
        Path stamp = stampOf(archive);
        if (!Files.exists(stamp)) {
            return true;
        }
        try {
            return Files.readString(stamp, StandardCharsets.UTF_8)
                    .strip()
                    .equals(identity(Path.of(classPath), javaHome, vmVersion));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * In the run that makes the archive beside the jar ({@code mvn package}): writes its stamp to the
     * file {@code stamp} names, if it names one. Never fails: without a stamp the archive is used as before.
     */
    static void stamp(String stamp, String classPath, String javaHome, String vmVersion) {
        if (stamp == null || stamp.isBlank() || classPath == null || classPath.contains(File.pathSeparator)) {
            return;
        }
        try {
            Files.writeString(
                    Path.of(stamp), identity(Path.of(classPath), javaHome, vmVersion) + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // no stamp: the archive is used without the check
        }
    }

    private static boolean isArchive(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** What an archive must fit, as text: the jar (where, how large, when written) and the JDK. */
    static String identity(Path jar, String javaHome, String vmVersion) throws IOException {
        Path real = jar.toAbsolutePath().normalize();
        return String.join(
                "\n",
                real.toString(),
                Long.toString(Files.size(real)),
                Long.toString(Files.getLastModifiedTime(real).toMillis()),
                String.valueOf(javaHome),
                String.valueOf(vmVersion));
    }

    /** {@link #identity}, hashed for a file name. */
    static String key(Path jar, String javaHome, String vmVersion) throws IOException {
        String what = identity(jar, javaHome, vmVersion);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    /**
     * The user's cache folder, by the platform's custom: {@code XDG_CACHE_HOME} or
     * {@code ~/.cache} (Linux and others), {@code ~/Library/Caches} (macOS), {@code LOCALAPPDATA}
     * (Windows). Null when there is none.
     */
    static Path cacheHome(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows")) {
                String local = env.get("LOCALAPPDATA");
                return local == null || local.isBlank() ? null : Path.of(local);
            }
            if (userHome == null || userHome.isBlank() || userHome.equals("?")) {
                return null;
            }
            if (os.startsWith("mac")) {
                return Path.of(userHome, "Library", "Caches");
            }
            String xdg = env.get("XDG_CACHE_HOME");
            // The XDG rule: a relative path is to be ignored.
            return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
