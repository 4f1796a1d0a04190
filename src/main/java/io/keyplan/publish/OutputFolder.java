package io.keyplan.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The site's output folder, replaced as a whole or not at all. A build writes into a staging
 * folder next to the output (same parent, so renames stay on one file system) and only
 * {@link Staging#commit()} swaps it into place; closing an uncommitted staging deletes it, so a
 * failed build leaves the previous site exactly as it was.
 */
public final class OutputFolder {
    /** Present in every site KeyPlan writes; an existing folder without it is never replaced. */
    public static final String MARKER = FolderMarks.MARKER;

    private static final String MARKER_TEXT = "This folder was written by KeyPlan and is replaced by every build.\n";
    /** In a staging folder only: which process builds it (see {@link Owner}). Removed before the swap. */
    static final String OWNER = FolderMarks.OWNER;

    private final Path output;
    private final List<String> notes;
    /** Previous sites retired next to the output, still being deleted; see {@link Staging#retired()}. */
    private final List<Path> retired;
    /** Of those, the ones nobody deletes any more: {@link #stage()} starts their deletion. */
    private final List<Path> orphans;

    private OutputFolder(Path output, Leftovers.Tidied tidied) {
        this.output = output;
        this.notes = List.copyOf(tidied.notes());
        this.retired = List.copyOf(tidied.retired());
        this.orphans = List.copyOf(tidied.orphans());
    }

    /** What opening the folder did that the user should know: a site put back, leftovers removed. */
    public List<String> notes() {
        return notes;
    }

    public Path path() {
        return output;
    }

    /**
     * Waits until the previous sites this JVM retired are deleted. A command that ends with the build
     * calls it after printing its summary: otherwise the JVM's exit cuts the deletion short nearly
     * every time, and a whole copy of the previous site stays beside the output until the next build
     * (which an older {@code .gitignore} does not ignore, and which may be the internal site beside a
     * public one).
     */
    public static void awaitRetiredSites() {
        Leftovers.awaitDeletions();
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
            throw new OutputRefusedException(
                    "The output folder " + output + " is the root of the file system. Choose a folder such as _site.");
        }
        if (home != null && canonical(home).startsWith(out)) {
            throw new OutputRefusedException(
                    "The output folder " + output + " is or contains your home folder. Choose a folder such as _site.");
        }
        if (workingDir != null && canonical(workingDir).startsWith(out)) {
            throw new OutputRefusedException("The output folder " + output
                    + " is or contains the current folder. Choose a folder such as _site.");
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
        Path ancestor = out.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor != null && !Files.isDirectory(ancestor)) {
            throw new OutputRefusedException("The output folder " + output + " cannot be made: " + ancestor
                    + " is a file, not a folder. Choose another output folder.");
        }
        Leftovers.Tidied tidied = Leftovers.tidy(out, Instant.now());
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException(
                        "The output " + output + " exists and is not a folder. Remove it or choose another folder.");
            }
            if (!isEmpty(out) && !Files.isRegularFile(out.resolve(MARKER))) {
                throw new OutputRefusedException(
                        "The folder " + output + " is not empty and was not written by KeyPlan (it has no " + MARKER
                                + " file), so it is not replaced. Choose another output folder or empty it first.");
            }
        }
        return new OutputFolder(out, tidied);
    }

    /**
     * A fresh staging folder next to the output; it is removed again if the JVM is stopped before the
     * commit. Starts the deletion of retired sites that nobody deletes any more (what earlier builds'
     * exits cut short) on a daemon thread: from here on the build renders, and the deletion, which
     * mostly waits for the disk, fills the time; during loading it would make the reading of the
     * content's many small files wait with it.
     */
    public Staging stage() {
        orphans.forEach(Leftovers::deleteLater);
        String id = UUID.randomUUID().toString();
        // The shutdown hook first and the folder made under a permit: a signal at any moment finds nothing or removes
        // all.
        Staging staging = new Staging(id, output.resolveSibling(Leftovers.stagingName(output, id)));
        try (WriteGate.Permit p = staging.enter()) {
            try {
                Files.createDirectories(output.getParent());
                Files.createDirectory(staging.path());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a staging folder next to " + output, e);
            }
            try {
                // The marker first: from now on a sweep by a later build may recognise the folder as KeyPlan's.
                Files.writeString(staging.path().resolve(MARKER), MARKER_TEXT);
                Files.writeString(
                        staging.path().resolve(OWNER),
                        Owner.current(Instant.now()).text());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write into the staging folder " + staging.path(), e);
            }
        } catch (RuntimeException e) {
            staging.close();
            throw e;
        }
        return staging;
    }

    /**
     * One build's output in the making. Writers take a {@link WriteGate.Permit} for each write; a
     * shutdown hook (Ctrl-C, SIGTERM) waits for the writes in progress, then deletes the folder and
     * lets no writer in again, so nothing is left behind and the previous output is untouched.
     */
    public final class Staging implements AutoCloseable, WriteGate {
        private final String id;
        private final Path path;
        /** Read side: one write. Write side: the swap, and giving the folder up. */
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

        private final Thread hook;
        private boolean committed;
        private boolean givenUp;

        private Staging(String id, Path path) {
            this.id = id;
            this.path = path;
            this.hook = new Thread(this::giveUpQuietly, "keyplan-stop");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                givenUp = true; // stopped before the build got this far: no folder is made at all
            }
        }

        public Path path() {
            return path;
        }

        /**
         * The site this staging folder will replace (the output folder as it is now), or null when there
         * is none yet. It stays untouched until {@link #commit()}; a writer may link its unchanged files.
         */
        public Path replaces() {
            return Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) ? output : null;
        }

        @Override
        public Permit enter() {
            lock.readLock().lock();
            if (givenUp) {
                lock.readLock().unlock();
                throw new BuildStoppedException("the build was stopped; " + output + " was left as it was");
            }
            return lock.readLock()::unlock;
        }

        /**
         * Previous sites that a completed swap put aside (see {@link Leftovers}) and that are being
         * deleted while this build runs. A file of {@link #replaces()} that this build's predecessor
         * linked has a second name in one of them until that name is deleted; a writer may still link
         * such a file, since the other name is KeyPlan's own and on its way out.
         */
        public List<Path> retired() {
            return retired;
        }

        /**
         * Puts the staged site in place of the output and deletes the previous one before it returns.
         * Java has no atomic exchange of two folders, so it takes two renames; a journal written before
         * them lets the next build put the previous site back if this one is killed between them (see
         * {@link Leftovers}).
         */
        public void commit() {
            Path old = swap();
            if (old != null) {
                try {
                    Leftovers.deleteSite(old);
                } catch (IOException e) {
                    // retired: the next build deletes it
                }
            }
        }

        /**
         * Puts the staged site in place of the output like {@link #commit()}, but leaves the previous
         * site's deletion to a daemon thread: it is renamed aside and retired at once, nothing under the
         * output's name changes any more, and the build (or its JVM's exit) does not wait for the
         * disk to forget a thousand folders. What the thread does not finish, the next build does.
         */
        public void commitInBackground() {
            Path old = swap();
            if (old != null) {
                Leftovers.deleteLater(old);
            }
        }

        /**
         * The two renames; returns the previous site, retired under its aside name (null when there
         * was none, or when it could not be retired and was deleted here).
         */
        private Path swap() {
            Path old = null;
            Path journal = output.resolveSibling(Leftovers.journalName(output, id));
            lock.writeLock().lock();
            try {
                if (givenUp) {
                    throw new BuildStoppedException("the build was stopped; " + output + " was left as it was");
                }
                Files.writeString(journal, Owner.current(Instant.now()).text());
                Files.deleteIfExists(path.resolve(OWNER));
                if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                    old = output.resolveSibling(Leftovers.oldName(output, id));
                    Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    Files.move(path, output, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (old != null) {
                        Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
                    }
                    Files.deleteIfExists(journal);
                    throw e;
                }
                committed = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot put the new site in place of " + output, e);
            } finally {
                lock.writeLock().unlock();
            }
            // The new site is in place. The old one is retired before the journal goes, so a kill at any
            // moment leaves it known to the next build: by the journal (delete it, keep the new site) or by
            // its owner file (delete it). Once the journal is gone nothing can put it back, so a deletion cut
            // short is never brought back under the output's name.
            try {
                if (old != null) {
                    try {
                        Leftovers.retire(old);
                    } catch (IOException e) {
                        // Cannot be marked: delete it here. The journal goes first, so that a deletion cut short is
                        // never put back under the output's name; the marker alone has it swept later.
                        Files.deleteIfExists(journal);
                        Leftovers.deleteSite(old);
                        old = null;
                    }
                }
                Files.deleteIfExists(journal);
            } catch (IOException e) {
                // left for the next build to sweep
                return null;
            }
            return old;
        }

        /** Deletes the staging folder unless it was committed. */
        @Override
        public void close() {
            try {
                giveUp();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or ran: nothing to remove
                }
            }
        }

        /** True when this call gave the folder up (it was neither committed nor given up before). */
        private boolean giveUp() {
            lock.writeLock().lock();
            try {
                if (committed || givenUp) {
                    return false;
                }
                givenUp = true;
                deleteTree(path);
                return true;
            } finally {
                lock.writeLock().unlock();
            }
        }

        private void giveUpQuietly() {
            try {
                if (giveUp()) {
                    System.err.println("keyplan: stopped; " + output + " was left as it was.");
                }
            } catch (RuntimeException e) {
                // The JVM is stopping; the folder carries the marker and this process's id, so the next build sweeps
                // it.
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

    /** Deletes a folder tree without following symbolic links out of it; the marker goes last. */
    static void deleteTree(Path dir) {
        try {
            Leftovers.deleteSite(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
