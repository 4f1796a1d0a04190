package io.keyplan.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started on another thread, so that its failure reaches the caller as it was thrown. */
final class Tasks {
    private Tasks() {}

    /**
     * The task's result; a {@link RuntimeException} or {@link Error} it ended with is thrown as it
     * was (a theme problem stays a theme problem), not wrapped in a {@link CompletionException}.
     */
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
