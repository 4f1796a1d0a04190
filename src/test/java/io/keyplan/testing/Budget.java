package io.keyplan.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The "does not hang" oracle of the fuzz tests: one input may use at most a second of CPU (a
 * second per 32 KB of a longer one).
 * CPU, not the wall clock: two cores shared by many people (and Jazzer's instrumentation) make
 * the clock ten times slower at times, and a limit on it would report hangs that are not there.
 * What counts is the input's own thread and the common fork-join pool, where KeyPlan's parallel
 * streams run; not the JIT or the garbage collector. A first run over the limit (cold code) is
 * run again before it counts. Ten seconds of CPU, or two minutes without an end, is a hang:
 * the input is abandoned at once, so a seed that once took minutes cannot stall {@code mvn test}.
 *
 * <p>Each input runs on a thread with the stack a real build has (the JVM's default, 1 MB on
 * 64-bit Linux), not the larger one the test JVM is given ({@code -Xss4m} in the pom): deep
 * nesting that overflows the stack of {@code keyplan build} must overflow here too.
 */
public final class Budget {
    /** CPU per input; {@code -Dkeyplan.fuzz.budget-ms=...} changes it. */
    public static final Duration PER_INPUT = Duration.ofMillis(Long.getLong("keyplan.fuzz.budget-ms", 1000));

    /** Inputs longer than this get a budget in proportion. */
    private static final int PER_SIZE = 32 * 1024;

    private static final Duration HANG_CPU = Duration.ofSeconds(10);
    private static final Duration HANG_WALL = Duration.ofMinutes(2);
    private static final long BUILD_STACK_BYTES = 1024 * 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Budget() {}

    /** Runs {@code work} for one input and fails when it hangs; its result, or what it threw, passes through. */
    public static <T> T run(String what, Callable<T> work) {
        return run(what, 0, work);
    }

    /**
     * As {@link #run(String, Callable)}, for an input of {@code characters}: a second of CPU per
     * 32 KB of it, at least one. The seeds that once hung are up to 128 KB, and 0.14 s for one of
     * them here is 1.4 s on a CI machine that runs ten times slower for a while.
     */
    public static <T> T run(String what, int characters, Callable<T> work) {
        Duration limit = PER_INPUT.multipliedBy(Math.max(1, (characters + PER_SIZE - 1) / PER_SIZE));
        Timed<T> first = timed(work, HANG_CPU, HANG_WALL);
        if (first.over) {
            fail(what + " used more than " + HANG_CPU.toSeconds() + " s of CPU (or ran " + HANG_WALL.toMinutes()
                    + " minutes) for one input: it hangs");
        }
        if (first.cpuNanos <= limit.toNanos()) {
            return first.result;
        }
        Timed<T> again = timed(work, limit, HANG_WALL);
        if (again.over) {
            // Where the time went, so that a failure on a loaded machine can be told from one in KeyPlan.
            fail(what + " used " + first.cpuNanos / 1_000_000 + " ms of CPU for one input ("
                    + first.threadNanos / 1_000_000
                    + " ms on its own thread), and over " + limit.toMillis() + " ms again ("
                    + again.threadNanos / 1_000_000 + " ms on its own thread, the rest in the common fork-join pool):"
                    + " slower than linear, or a hang");
        }
        return first.result;
    }

    /**
     * Runs {@code work} and returns the CPU it used (its own thread and the common pool), failing
     * only when it hangs: {@code hangCpu} of CPU, or twelve times as long on the clock. For
     * oracles that judge the time themselves, such as {@link Growth}.
     */
    public static long measure(String what, Duration hangCpu, Callable<?> work) {
        Duration wall = hangCpu.multipliedBy(12);
        Timed<?> timed = timed(work, hangCpu, wall);
        if (timed.over) {
            fail(what + " used more than " + hangCpu.toSeconds() + " s of CPU (or ran " + wall.toMinutes()
                    + " minutes) for one input: it hangs");
        }
        return timed.cpuNanos;
    }

    private record Timed<T>(T result, long cpuNanos, long threadNanos, boolean over) {}

    private static <T> Timed<T> timed(Callable<T> work, Duration cpuLimit, Duration wallLimit) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "fuzz-input", BUILD_STACK_BYTES);
        thread.setDaemon(true); // an abandoned hang must not keep the test JVM alive
        long[] last = {0};
        long pool = poolCpu();
        long wallStart = System.nanoTime();
        thread.start();
        try {
            while (true) {
                try {
                    T result = task.get(20, TimeUnit.MILLISECONDS);
                    long own = cpu(thread, last);
                    return new Timed<>(result, own + poolCpu() - pool, own, false);
                } catch (TimeoutException e) {
                    long own = cpu(thread, last);
                    long used = own + poolCpu() - pool;
                    if (used > cpuLimit.toNanos() || System.nanoTime() - wallStart > wallLimit.toNanos()) {
                        thread.interrupt();
                        return new Timed<>(null, used, own, true);
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError("the input threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an input", e);
        }
    }

    /** CPU time of one thread; once it has ended, what it used is gone, so the last reading stands. */
    private static long cpu(Thread thread, long[] last) {
        long t = THREADS.getThreadCpuTime(thread.getId());
        if (t >= 0) {
            last[0] = t;
        }
        return last[0];
    }

    /** CPU time of the common fork-join pool's workers, where parallel streams run. */
    private static long poolCpu() {
        long sum = 0;
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids, 0);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && infos[i].getThreadName().startsWith("ForkJoinPool.commonPool")) {
                long t = THREADS.getThreadCpuTime(ids[i]);
                sum += Math.max(0, t);
            }
        }
        return sum;
    }
}
