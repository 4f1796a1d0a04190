package io.keyplan.scaffold;

import io.keyplan.schema.SchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new content repository: portal settings, one example account, a how-we-work page,
 * the workflows that run a pinned KeyPlan release, README, .gitignore, CODEOWNERS, VS Code
 * settings and the JSON Schemas. Everything is written into a hidden sibling folder first and
 * renamed into place at the end, so that a failure leaves no half-made repository behind.
 */
public final class Starter {
    private static final String BASE = "starter/";

    /** The starter files, as written into the repository; the resource replaces each leading dot by "dot.". */
    static final List<String> FILES = List.of(
            "README.md",
            ".gitignore",
            ".github/CODEOWNERS",
            ".github/workflows/publish.yml",
            ".github/workflows/pull-request.yml",
            ".vscode/settings.json",
            ".vscode/extensions.json",
            "content/portal.yaml",
            "content/accounts/example-customer/account.yaml",
            "content/pages/how-we-work.md");

    private static final Pattern RELEASE = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    /** The folder is not empty (or is a file): {@code init} writes only into a new or empty folder. */
    public static final class NotEmpty extends Exception {
        NotEmpty(String message) {
            super(message);
        }
    }

    private Starter() {}

    /** True when {@code version} is a release number (the workflows can download it), not "dev" or a snapshot. */
    public static boolean isRelease(String version) {
        return version != null && RELEASE.matcher(version).matches();
    }

    /**
     * The files of a new repository, path (forward slashes, relative to its root) -> content,
     * in the order they are listed to the user. {@code version} is the KeyPlan release the
     * workflows pin; {@code today} dates the example plan so that it is neither stale nor short.
     */
    public static Map<String, byte[]> files(String version, LocalDate today) {
        Map<String, String> values = Map.of(
                "@@VERSION@@", version,
                "@@YEAR@@", Integer.toString(today.getYear()),
                "@@LAST_YEAR@@", Integer.toString(today.getYear() - 1),
                "@@TODAY@@", today.toString(),
                "@@SOON@@", today.plusDays(21).toString(),
                // Beyond the default horizon of 90 days, so the example plan is no warning either.
                "@@HORIZON@@", today.plusDays(120).toString());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String f : FILES) {
            String text = resource(BASE + f.replace("/.", "/dot.").replaceFirst("^\\.", "dot."));
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replace(v.getKey(), v.getValue());
            }
            out.put(f, text.getBytes(StandardCharsets.UTF_8));
        }
        for (SchemaGenerator.Kind k : SchemaGenerator.Kind.values()) {
            out.put("schema/" + k.fileName(), SchemaGenerator.json(k).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * Writes the repository into {@code target}, which must not exist or be an empty folder;
     * missing parent folders are made. Returns the paths written, relative to {@code target}.
     */
    public static List<String> write(Path target, String version, LocalDate today) throws NotEmpty, IOException {
        return write(target, files(version, today));
    }

    /** Writes {@code files} as {@link #write(Path, String, LocalDate)} does. */
    static List<String> write(Path target, Map<String, byte[]> files) throws NotEmpty, IOException {
        Path dir = target.toAbsolutePath().normalize();
        refuseNonEmpty(dir, target);
        Path parent = dir.getParent();
        if (parent == null) {
            throw new NotEmpty("'" + target + "' is the root of the file system; name a folder for the repository");
        }
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + dir.getFileName() + ".keyplan-init-" + UUID.randomUUID());
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = staging.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            place(staging, dir, target);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return new ArrayList<>(files.keySet());
    }

    private static void refuseNonEmpty(Path dir, Path shown) throws NotEmpty, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotEmpty("'" + shown + "' is a file, not a folder; name a new or empty folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new NotEmpty("the folder '" + shown + "' is not empty; keyplan init only writes into a new"
                            + " or empty folder, so that it never overwrites your files");
                }
            }
        }
    }

    /**
     * The finished repository takes the place of a new folder in one rename. An empty folder
     * that exists stays (it may be the shell's working directory, as in {@code keyplan init .},
     * and keeps its permissions): the staged entries move into it one by one, and are taken
     * out again if one of them cannot be moved.
     */
    private static void place(Path staging, Path dir, Path shown) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, dir);
            }
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(staging)) {
            entries = s.sorted().toList();
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Path e : entries) {
                Path to = dir.resolve(e.getFileName().toString());
                if (Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("the folder '" + shown + "' was filled while KeyPlan wrote the repository");
                }
                Files.move(e, to, StandardCopyOption.ATOMIC_MOVE);
                moved.add(to);
            }
        } catch (IOException | RuntimeException e) {
            moved.forEach(Starter::deleteTree);
            throw e;
        }
        deleteTree(staging);
    }

    private static String resource(String name) {
        try (InputStream in = Starter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the starter file " + name + " is missing from KeyPlan");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the staging folder is hidden and named after the target; the error that
            // brought us here is the one to report.
        }
    }
}
