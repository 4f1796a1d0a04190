package io.keyplan.render;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the rendering tasks of one build on one thread per processor: the tasks of {@code first}
 * in their order (longest first, so no long page is left to finish alone), then those of
 * {@code last}, which need everything of {@code first} done. The calling thread works too.
 *
 * <p>Why not a parallel stream: the common pool has one thread fewer than the machine has
 * processors, a stream splits its list in halves regardless of the tasks' sizes, and each
 * stream ends with a wait for its slowest part. Here every thread takes the next task as soon
 * as it is free. The first failure stops the handing out of tasks and is thrown once all threads
 * have stopped (a {@link ThemeException} as it was thrown, so the build can report it).
 */
final class RenderTasks {
    private RenderTasks() {}

    /** How many threads render: one per processor the JVM may use. */
    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static void run(List<Runnable> first, List<Runnable> last) {
        runAll(first);
        runAll(last);
    }

    private static void runAll(List<Runnable> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failed.get() == null && (i = next.getAndIncrement()) < tasks.size(); ) {
                try {
                    tasks.get(i).run();
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(threads(), tasks.size()) - 1;
        Thread[] started = new Thread[helpers];
        for (int t = 0; t < helpers; t++) {
            started[t] = new Thread(worker, "keyplan-render-" + (t + 1));
            started[t].setDaemon(true);
            started[t].start();
        }
        worker.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failed.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
