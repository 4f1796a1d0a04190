package io.keyplan.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The site's output folder, replaced as a whole or not at all. A build writes into a staging
 * folder next to the output (same parent, so renames stay on one file system) and only
 * {@link Staging#commit()} swaps it into place; closing an uncommitted staging deletes it, so a
 * failed build leaves the previous site exactly as it was.
 */
public final class OutputFolder {
    /** Present in every site KeyPlan writes; an existing folder without it is never replaced. */
    public static final String MARKER = ".keyplan-site";

    private final Path output;

    private OutputFolder(Path output) {
        this.output = output;
    }

    public Path path() {
        return output;
    }

    /**
     * Checks that {@code output} is safe to replace.
     *
     * @param inputs folders the build reads (content, theme); the output may not be or contain them
     * @throws OutputRefusedException with a message for the user when it is not
     */
    public static OutputFolder open(Path output, Collection<Path> inputs, Path workingDir, Path home) {
        Path out = canonical(output);
        if (out.getParent() == null) {
            throw new OutputRefusedException("The output folder " + output + " is the root of the file system. Choose a folder such as _site.");
        }
        if (home != null && canonical(home).startsWith(out)) {
            throw new OutputRefusedException("The output folder " + output + " is or contains your home folder. Choose a folder such as _site.");
        }
        if (workingDir != null && canonical(workingDir).startsWith(out)) {
            throw new OutputRefusedException("The output folder " + output + " is or contains the current folder. Choose a folder such as _site.");
        }
        for (Path input : inputs) {
            Path in = canonical(input);
            if (in.startsWith(out)) {
                throw new OutputRefusedException("The output folder " + output + " is or contains " + input
                        + ", which the build reads. Choose a separate folder such as _site.");
            }
            if (out.startsWith(in)) {
                throw new OutputRefusedException("The output folder " + output + " is inside " + input
                        + ", which the build reads. Choose a separate folder such as _site.");
            }
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException("The output " + output + " exists and is not a folder. Remove it or choose another folder.");
            }
            if (!isEmpty(out) && !Files.isRegularFile(out.resolve(MARKER))) {
                throw new OutputRefusedException("The folder " + output + " is not empty and was not written by KeyPlan (it has no "
                        + MARKER + " file), so it is not replaced. Choose another output folder or empty it first.");
            }
        }
        return new OutputFolder(out);
    }

    /** A fresh staging folder next to the output. */
    public Staging stage() {
        try {
            Files.createDirectories(output.getParent());
            Path staging = output.resolveSibling("." + output.getFileName() + ".staging-" + UUID.randomUUID());
            Files.createDirectory(staging);
            return new Staging(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder next to " + output, e);
        }
    }

    /** One build's output in the making. */
    public final class Staging implements AutoCloseable {
        private final Path path;
        private boolean committed;

        private Staging(Path path) {
            this.path = path;
        }

        public Path path() {
            return path;
        }

        /** Puts the staged site in place of the output; the old output is removed afterwards. */
        public void commit() {
            try {
                Files.writeString(path.resolve(MARKER), "This folder was written by KeyPlan and is replaced by every build.\n");
                Path old = null;
                if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                    old = output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
                    Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    Files.move(path, output, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (old != null) {
                        Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
                    }
                    throw e;
                }
                committed = true;
                if (old != null) {
                    deleteTree(old);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot put the new site in place of " + output, e);
            }
        }

        /** Deletes the staging folder unless it was committed. */
        @Override
        public void close() {
            if (!committed) {
                deleteTree(path);
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** Absolute, normalised, with symbolic links of the existing part resolved. */
    static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = abs.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /** Deletes a folder tree without following symbolic links out of it. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
