package io.keyplan.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What stopped builds left next to an output folder, and how the next build tidies it up.
 *
 * <p>A build owns three names next to {@code <out>}, all with the same id: its staging folder
 * {@code .<out>.staging-<id>}, while it swaps the new site in a journal {@code .<out>.swap-<id>},
 * and the previous site renamed aside, {@code .<out>.old-<id>}. A build stopped between the two
 * renames of the swap leaves no {@code <out>} but a journal: the next build puts the previous site
 * back and says so. Folders are only ever removed when they carry KeyPlan's marker and their build
 * is provably gone or older than an hour ({@link Owner}), so a build running at the same time is
 * never disturbed.
 *
 * <p>After a completed swap the previous site is <em>retired</em>: it gets an owner file (the
 * build that replaced it) and the journal goes, so from then on it can never be put back; it is
 * then deleted on a daemon thread ({@link #deleteLater}) that the JVM's exit does not wait for.
 * What that thread had no time for is finished by the next build, again on a daemon thread, while
 * it renders: a retired site is nobody's output any more, so nothing waits for it to go.
 */
final class Leftovers {
    private Leftovers() {}

    static String stagingName(Path output, String id) {
        return prefix(output) + "staging-" + id;
    }

    static String oldName(Path output, String id) {
        return prefix(output) + "old-" + id;
    }

    static String journalName(Path output, String id) {
        return prefix(output) + "swap-" + id;
    }

    private static String prefix(Path output) {
        return "." + output.getFileName() + ".";
    }

    /**
     * What {@link #tidy} did: what to tell the user; the retired sites found next to the output (being
     * deleted, by this JVM or by another build), whose files may still share an inode with the
     * output's (see {@link PreviousSite}); and those of them that nobody deletes any more, for the
     * caller to hand to {@link #deleteLater} when it suits it.
     */
    record Tidied(List<String> notes, List<Path> retired, List<Path> orphans) {}

    /** Retired sites being deleted by this JVM, each until its deletion ends. */
    private static final Map<Path, CompletableFuture<Void>> DELETING = new ConcurrentHashMap<>();

    /**
     * Undoes swaps that were cut short, removes the folders of stopped builds, and finds the retired
     * sites whose build is gone (or is this JVM, which is not deleting them): the orphans.
     */
    static Tidied tidy(Path output, Instant now) {
        Path parent = output.getParent();
        List<String> notes = new ArrayList<>();
        List<Path> retired = new ArrayList<>();
        List<Path> orphans = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return new Tidied(notes, retired, orphans);
        }
        String journals = prefix(output) + "swap-";
        String stagings = prefix(output) + "staging-";
        String olds = prefix(output) + "old-";
        Set<String> live = new HashSet<>();
        for (Path journal : list(parent, journals)) {
            String id = journal.getFileName().toString().substring(journals.length());
            if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean abandoned =
                    Owner.read(journal).map(o -> o.abandoned(now)).orElseGet(() -> olderThanStale(journal, now));
            if (!abandoned) {
                live.add(id);
                continue;
            }
            Path old = output.resolveSibling(oldName(output, id));
            try {
                // An owner file in it means the swap was complete and the site retired: it is only ever deleted,
                // never put back (a deletion may have begun), even when the output has been removed since.
                if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)
                        && isSite(old)
                        && !Files.exists(old.resolve(FolderMarks.OWNER), LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
                    notes.add("The build that last wrote " + output + " was stopped while it put the new site in place;"
                            + " the previous site was put back.");
                }
                for (Path leftover : List.of(output.resolveSibling(stagingName(output, id)), old)) {
                    if (isSite(leftover)) {
                        deleteSite(leftover);
                    }
                }
                Files.deleteIfExists(journal);
            } catch (IOException e) {
                live.add(id); // another build got there first, or it cannot be removed: leave it for the next run
            }
        }
        int swept = 0;
        for (Path dir : list(parent, prefix(output))) {
            String name = dir.getFileName().toString();
            String id = name.startsWith(stagings)
                    ? name.substring(stagings.length())
                    : name.startsWith(olds) ? name.substring(olds.length()) : null;
            if (id == null || live.contains(id) || !isSite(dir)) {
                continue;
            }
            if (name.startsWith(olds)
                    && Files.isRegularFile(dir.resolve(FolderMarks.OWNER), LinkOption.NOFOLLOW_LINKS)) {
                // Retired by a completed swap: no journal can put it back, so its deletion is nobody's wait.
                retired.add(dir);
                Owner owner = Owner.read(dir.resolve(FolderMarks.OWNER)).orElse(null);
                boolean orphan = owner == null
                        ? olderThanStale(dir, now)
                        : owner.abandoned(now) || (owner.isThisProcess() && !DELETING.containsKey(dir));
                if (orphan) {
                    orphans.add(dir);
                }
                continue;
            }
            boolean abandoned = Owner.read(dir.resolve(FolderMarks.OWNER))
                    .map(o -> o.abandoned(now))
                    .orElseGet(() -> olderThanStale(dir, now));
            if (abandoned) {
                try {
                    deleteSite(dir);
                    swept++;
                } catch (IOException e) {
                    // cannot be removed now (in use, no permission): the next build tries again
                }
            }
        }
        if (swept > 0) {
            notes.add("Removed " + swept + (swept == 1 ? " folder" : " folders") + " that stopped builds left next to "
                    + output + ".");
        }
        return new Tidied(notes, retired, orphans);
    }

    /**
     * Marks the site a completed swap put aside as retired: from now on it is this process's to
     * delete, and a later build deletes it when this process is gone. Called before the journal is
     * removed, so a kill at any moment leaves either the journal (the old site is deleted, the new
     * one kept) or the owner file.
     */
    static void retire(Path old) throws IOException {
        Files.writeString(
                old.resolve(FolderMarks.OWNER), Owner.current(Instant.now()).text());
    }

    /**
     * Deletes a retired site on a daemon thread: the build goes on (and its JVM may exit) without
     * waiting; a deletion cut short leaves the marker and the owner file, and the next build finishes
     * it. A folder this JVM is deleting already is not deleted twice.
     */
    static CompletableFuture<Void> deleteLater(Path dir) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> running = DELETING.putIfAbsent(dir, done);
        if (running != null) {
            return running;
        }
        Thread t = new Thread(
                () -> {
                    try {
                        deleteSite(dir);
                    } catch (IOException | RuntimeException e) {
                        // in use, no permission: the folder keeps its marks and the next build tries again
                    } finally {
                        DELETING.remove(dir, done);
                        done.complete(null);
                    }
                },
                "keyplan-retired-site");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Waits until this JVM deletes no retired site any more. */
    static void awaitDeletions() {
        for (CompletableFuture<Void> f : List.copyOf(DELETING.values())) {
            f.join();
        }
    }

    /** A folder KeyPlan wrote: a real folder (not a link) with the marker file. */
    static boolean isSite(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(FolderMarks.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean olderThanStale(Path p, Instant now) {
        try {
            Instant modified =
                    Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
            return modified.plus(Owner.STALE).isBefore(now);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> list(Path parent, String prefix) {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Deletes a folder KeyPlan wrote, without following links out of it. The owner file and then the
     * marker go last, so a deletion that is cut short leaves a folder the next build still recognises
     * (and, for a retired site, still knows to be nobody's output) and removes.
     * Files that are already gone (another build removing the same leftover) are no error.
     */
    static void deleteSite(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path marker = dir.resolve(FolderMarks.MARKER);
        Path owner = dir.resolve(FolderMarks.OWNER);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker) && !file.equals(owner)) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                if (!d.equals(dir)) {
                    Files.deleteIfExists(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.deleteIfExists(owner);
        Files.deleteIfExists(marker);
        Files.deleteIfExists(dir);
    }
}
