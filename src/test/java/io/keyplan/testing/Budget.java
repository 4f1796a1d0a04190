package io.keyplan.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The "does not hang" oracle of the fuzz tests: one input may take at most a second. A slow
 * first run is measured again before it counts, so a cold JIT or a busy machine (two cores
 * shared by many) cannot fail a build; anything still running after ten seconds is stopped
 * and fails at once, so a regression seed that once took minutes cannot stall {@code mvn test}.
 */
public final class Budget {
    /** Per input; {@code -Dkeyplan.fuzz.budget-ms=...} changes it, e.g. for a slow CI machine. */
    public static final Duration PER_INPUT = Duration.ofMillis(Long.getLong("keyplan.fuzz.budget-ms", 1000));
    private static final Duration HARD_STOP = Duration.ofSeconds(10);

    private Budget() {
    }

    /** Runs {@code work} for one input and fails when it hangs; its result, or what it threw, passes through. */
    public static <T> T run(String what, ThrowingSupplier<T> work) {
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

    private static <T> T timed(String what, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(HARD_STOP, work,
                () -> what + " did not finish within " + HARD_STOP.toSeconds() + " s for one input: it hangs");
    }
}
