package io.keyplan.diagnostic;

/**
 * Makes text safe to print on a terminal. A folder name or a value can hold an escape sequence
 * (ESC [ ...) that clears the screen, recolours it or sets the window title, a carriage return
 * that overwrites the line, or a right-to-left override that shows a name backwards: each such
 * character is written as a visible code ({@code \x1B}, {@code \u202E}) instead.
 */
public final class Printable {
    private Printable() {}

    /** {@code s} with every control, line or paragraph separator and bidi control written as a code. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** As {@link #escape(String)}, but line feeds and carriage returns are left for the caller to encode. */
    static String escapeKeepingLines(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = isUnsafe(c) && !(keepLines && (c == '\n' || c == '\r'));
            if (unsafe && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (unsafe) {
                b.append(code(c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A character as a code: {@code \x01}, {@code \u0085}, {@code \uFDD0}, {@code \U0001FFFE}. */
    public static String code(int cp) {
        if (cp <= 0xFF) {
            return String.format("\\x%02X", cp);
        }
        return cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp);
    }

    /** C0 and C1 controls, DEL, LS, PS, and the characters that change the direction of text. */
    static boolean isUnsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028
                || c == 0x2029
                || c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * A value as a message quotes it: on one line, and cut to 57 characters and "..." when it is
     * longer than 60 (never between the two halves of a character), so that a long value does not
     * bury the message.
     */
    public static String shorten(String text) {
        String t = text.replace("\n", " ");
        if (t.length() <= 60) {
            return t;
        }
        int cut = Character.isHighSurrogate(t.charAt(56)) ? 56 : 57;
        return t.substring(0, cut) + "...";
    }

    /** The closing line when findings were left out; "" when none were. */
    public static String omittedLine(long omitted) {
        if (omitted <= 0) {
            return "";
        }
        return "... and " + omitted + " more " + (omitted == 1 ? "finding" : "findings") + " not shown (at most "
                + Diagnostics.PER_FILE + " per file and " + Diagnostics.IN_ALL + " in all are listed):"
                + " fix these and check again";
    }
}
