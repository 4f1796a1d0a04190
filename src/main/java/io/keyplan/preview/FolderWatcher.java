package io.keyplan.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything under them with the JDK's {@link WatchService}: files added,
 * changed, deleted or renamed, and new folders (registered as they appear, with what was put in
 * them before that). A burst of events (an editor that saves by writing a temporary file and
 * renaming it, a {@code git checkout}) is handed on as one set once the folders have been quiet
 * for {@code quiet}; an empty set means "too much happened, read everything again".
 *
 * <p>On Linux and Windows the JDK watches through the system (inotify, ReadDirectoryChangesW);
 * on macOS the JDK polls, so a change is seen after a few seconds (docs/decisions.md).
 */
final class FolderWatcher implements AutoCloseable {
    /** The longest a burst may delay a refresh: a folder that never goes quiet is still refreshed. */
    private static final Duration LONGEST_WAIT = Duration.ofMillis(1000);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final Consumer<Set<Path>> changed;
    private final Thread thread;

    /**
     * @param roots folders to watch; one that does not exist is left out
     * @param changed called on the watcher's own thread with each burst of changed paths
     */
    FolderWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> changed) {
        this.quiet = quiet;
        this.changed = changed;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(root.toAbsolutePath().normalize(), null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the folders " + roots + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "keyplan-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Registers {@code root} and every folder under it; adds the files found to {@code found} when given. */
    private void registerTree(Path root, Set<Path> found) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (found != null) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone again already: its deletion is another event
            }
        });
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<Path> paths = new LinkedHashSet<>();
                Set<Path> created = new HashSet<>();
                boolean everything = take(first, paths, created);
                long until = System.nanoTime() + LONGEST_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < until
                        && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    everything |= take(next, paths, created);
                }
                if (everything || !paths.isEmpty()) {
                    changed.accept(everything ? Set.of() : Set.copyOf(paths));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the server stops
        }
    }

    /** The events of one key into {@code paths}; true when events were lost (read everything again). */
    private boolean take(WatchKey key, Set<Path> paths, Set<Path> created) {
        Path dir = folders.get(key);
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                everything = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (editorScratch(path.getFileName().toString())) {
                continue;
            }
            if (event.kind() == ENTRY_DELETE && created.remove(path)) {
                // Made and removed within one burst: an editor's or a tool's temporary file (sed -i).
                paths.remove(path);
                continue;
            }
            if (event.kind() == ENTRY_CREATE && !paths.contains(path)) {
                created.add(path);
            }
            paths.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path, paths);
                } catch (IOException e) {
                    everything = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone; its deletion was reported by its parent
        }
        return everything;
    }

    /** Files editors write beside the one being edited (swap, backup, lock), which KeyPlan never reads. */
    static boolean editorScratch(String name) {
        return name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".swo")
                || name.startsWith(".#")
                || name.equals("4913"); // vim's test whether it may write into the folder
    }

    /** How many folders are watched now. */
    int folders() {
        return folders.size();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to do: the watcher is stopping
        }
        thread.interrupt();
    }
}
