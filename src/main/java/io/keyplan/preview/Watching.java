package io.keyplan.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a {@link Preview} up to date: watches the content and theme folders and refreshes the
 * preview after each burst of changes (quiet for {@link #QUIET}), on the watcher's own thread.
 */
public final class Watching implements AutoCloseable {
    /** How long the folders must be quiet before a burst of changes counts as one edit. */
    public static final Duration QUIET = Duration.ofMillis(75);

    private final FolderWatcher watcher;

    private Watching(FolderWatcher watcher) {
        this.watcher = watcher;
    }

    /**
     * @param folders folders to watch, everything under them; one that does not exist (no theme
     *     folder: the built-in theme) is left out
     * @param refreshed told about each refresh, on the watcher's thread
     * @param failed told when a refresh stopped with an exception (a file that went away while it
     *     was read, a disk problem); the last good site stays served and watching goes on
     */
    public static Watching start(
            List<Path> folders,
            Consumer<Preview.Update> refreshed,
            Consumer<RuntimeException> failed,
            Preview preview) {
        FolderWatcher watcher = new FolderWatcher(folders, QUIET, changed -> {
            Preview.Update update;
            try {
                update = preview.refresh(changed);
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            refreshed.accept(update);
        });
        watcher.start();
        return new Watching(watcher);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
