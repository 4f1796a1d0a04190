package io.keyplan.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;

/**
 * The "does not hang" oracle of the fuzz tests: one input may take at most a second. A slow
 * first run is measured again before it counts, so a cold JIT or a busy machine (two cores
 * shared by many) cannot fail a build; anything still running after ten seconds is abandoned
 * and fails at once, so a regression seed that once took minutes cannot stall {@code mvn test}.
 *
 * <p>Each input runs on a thread with the stack a real build has (the JVM's default, 1 MB on
 * 64-bit Linux), not the larger one the test JVM is given ({@code -Xss4m} in the pom): deep
 * nesting that overflows the stack of {@code keyplan build} must overflow here too.
 */
public final class Budget {
    /** Per input; {@code -Dkeyplan.fuzz.budget-ms=...} changes it, e.g. for a slow CI machine. */
    public static final Duration PER_INPUT = Duration.ofMillis(Long.getLong("keyplan.fuzz.budget-ms", 1000));
    private static final Duration HARD_STOP = Duration.ofSeconds(10);
    private static final long BUILD_STACK_BYTES = 1024 * 1024;

    private Budget() {
    }

    /** Runs {@code work} for one input and fails when it hangs; its result, or what it threw, passes through. */
    public static <T> T run(String what, Callable<T> work) {
        long first = System.nanoTime();
        T result = timed(what, work);
        if (System.nanoTime() - first <= PER_INPUT.toNanos()) {
            return result;
        }
        long again = System.nanoTime();
        timed(what, work);
        long took = System.nanoTime() - again;
        if (took > PER_INPUT.toNanos()) {
            fail(what + " took " + took / 1_000_000 + " ms for one input (twice); the limit is "
                    + PER_INPUT.toMillis() + " ms: slower than linear, or a hang");
        }
        return result;
    }

    private static <T> T timed(String what, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "fuzz-input", BUILD_STACK_BYTES);
        thread.setDaemon(true); // an abandoned hang must not keep the test JVM alive
        thread.start();
        try {
            return task.get(HARD_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            return fail(what + " did not finish within " + HARD_STOP.toSeconds() + " s for one input: it hangs");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(what + " threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + what);
        }
    }
}
