package io.keyplan.testing;

/**
 * Fails a fuzz input so that Jazzer keeps one finding of each kind. Jazzer tells findings apart
 * by their stack trace alone, so every failure of an oracle would count as the same one and
 * {@code keep_going} would report only the first; here the kind sets the depth of the stack.
 */
public final class Findings {
    private Findings() {}

    /** {@code kind} names the class of failure (no input text in it); {@code message} says everything. */
    public static void fail(String kind, String message) {
        failAt(Math.floorMod(kind.hashCode(), 64), "[" + kind + "] " + message);
    }

    private static void failAt(int depth, String message) {
        if (depth > 0) {
            failAt(depth - 1, message);
            return;
        }
        org.junit.jupiter.api.Assertions.fail(message);
    }
}
