package io.keyplan.testing;

import java.time.Duration;
import java.util.function.Function;

/**
 * The "time grows in step with the text" oracle: what is quadratic in the length of a text is
 * fast on the few KB a fuzzer writes ("www.a." or "[a](" repeated to 32 KB once took minutes),
 * so the input is also run repeated to a full size and to half of it. The finding is a cost that
 * grows faster than the text: the full size using more than 1.5 times its linear share of the
 * half size's CPU.
 *
 * <p>Not a clock on the full size alone: the same 31 KB text took 0.1 s warm on an idle machine
 * and 1.1 s twice in a loaded CI run (code left to the interpreter while the JIT waits for a
 * core), and Jazzer's instrumentation makes it 10-40 times slower again. A ratio of two runs on
 * the same machine, both warm, holds under all three. Below {@link Budget#PER_INPUT} nothing is
 * compared, and a true hang still fails after a minute of CPU through {@link Budget#measure}.
 */
public final class Growth {
    /**
     * A hang, for one run at full size: Jazzer's instrumentation alone makes 32 KB of Markdown
     * take 4 s, so the ten seconds of {@link Budget} would fail a slow machine, not a hang.
     */
    private static final Duration HANG_CPU = Duration.ofMinutes(1);

    private Growth() {}

    /** Fails when {@code work} on {@code text} repeated to {@code size} characters costs more than linear. */
    public static void check(String what, String text, int size, Function<String, ?> work) {
        check(what, text, size, Budget.PER_INPUT, work);
    }

    static void check(String what, String text, int size, Duration floor, Function<String, ?> work) {
        String full = text.repeat(Math.max(1, size / text.length()));
        String half = text.repeat(Math.max(1, size / 2 / text.length()));
        String fullWhat = what + " on the input repeated to " + full.length() + " characters";
        long fullCpu = Budget.measure(fullWhat, HANG_CPU, () -> work.apply(full));
        if (fullCpu <= floor.toNanos()) {
            return;
        }
        // Half after full, and full once more: both warm, so the JIT's first compile counts in neither.
        long halfCpu = Budget.measure(
                what + " on the input repeated to " + half.length() + " characters", HANG_CPU, () -> work.apply(half));
        fullCpu = Math.min(fullCpu, Budget.measure(fullWhat, HANG_CPU, () -> work.apply(full)));
        double sizes = (double) full.length() / half.length();
        if (fullCpu > floor.toNanos() && fullCpu > 1.5 * sizes * Math.max(halfCpu, 1)) {
            Findings.fail(
                    "slower than linear",
                    fullWhat + " used " + fullCpu / 1_000_000 + " ms of CPU, at " + half.length()
                            + " characters " + halfCpu / 1_000_000
                            + " ms: the cost grows faster than the text\ninput:  " + Findings.shown(text));
        }
    }
}
