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

    /** An input as a message shows it: the first 400 characters, control and invisible ones as Java escapes. */
    public static String shown(String s) {
        String head = s.length() > 400 ? s.substring(0, 400) + "... (" + s.length() + " characters)" : s;
        StringBuilder out = new StringBuilder();
        head.codePoints()
                .forEach(c -> out.append(
                        c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.getType(c) == Character.FORMAT
                                ? String.format("\\u%04X", c)
                                : new String(Character.toChars(c))));
        return out.toString();
    }

    private static void failAt(int depth, String message) {
        if (depth > 0) {
            failAt(depth - 1, message);
            return;
        }
        org.junit.jupiter.api.Assertions.fail(message);
    }
}
