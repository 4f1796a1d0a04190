package io.keyplan.markdown;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two of flexmark's inline patterns, matched without recursion. {@link java.util.regex} matches a
 * repeated group such as {@code ("|\\.)*} by calling itself once per repetition, so a long link
 * title ({@code [x](url "...")}), a long HTML comment or a tag with many attributes overflowed the
 * thread's stack: a 2,000-character title stopped {@code validate} and {@code build} with an
 * internal error. Unlike the other limits, these constructs may hold spaces and span lines, so
 * {@link MarkdownScan}'s word limit does not bound them.
 *
 * <p>Each method returns where flexmark's pattern, anchored at {@code from}, would end its match,
 * or -1 where it would not match; the results are the pattern's own (a test holds them equal on
 * random texts). Link titles and comments are matched by the same search the pattern's
 * backtracking does, in the same order, with a note of the positions already found to fail, so
 * they take linear time. Tags are matched by a possessive form of the pattern: its parts never
 * need to give back what they took, so the possessive loop (which the JDK runs without recursion)
 * finds the same end.
 */
public final class StackSafeMatch {
    /** flexmark's HTML_TAG, first alternative (an opening tag), with every quantifier possessive. */
    private static final Pattern OPEN_TAG = Pattern.compile("<[A-Za-z][A-Za-z0-9-]*+"
            + "(?:\\s++[a-zA-Z_:][a-zA-Z0-9:._-]*+(?:\\s*+=\\s*+(?:[^\"'=<>{}`\\x00-\\x20]++|'[^']*+'|\"[^\"]*+\"))?+)*+"
            + "\\s*+/?+>");

    private StackSafeMatch() {}

    /**
     * The end of a link title at {@code from}, as flexmark's {@code LINK_TITLE}:
     * {@code "..."}, {@code '...'} or {@code (...)}, where a backslash may escape any ASCII
     * punctuation (the closing mark too) and no NUL character may appear.
     */
    public static int linkTitleEnd(CharSequence s, int from) {
        if (from >= s.length()) {
            return -1;
        }
        char open = s.charAt(from);
        char close;
        switch (open) {
            case '"', '\'' -> close = open;
            case '(' -> close = ')';
            default -> {
                return -1;
            }
        }
        // The pattern's loop: at each position try an escape (two characters), then one character
        // other than the closing mark and NUL, and only then the closing mark.
        return search(
                s,
                from + 1,
                (text, p, alternative) -> alternative == 0
                        ? (p + 1 < text.length() && text.charAt(p) == '\\' && isAsciiPunctuation(text.charAt(p + 1))
                                ? p + 2
                                : NONE)
                        : (p < text.length() && text.charAt(p) != close && text.charAt(p) != '\0' ? p + 1 : NONE),
                String.valueOf(close));
    }

    /** The end of an inline HTML tag, comment or other construct at {@code from}, as flexmark's {@code HTML_TAG}. */
    public static int htmlTagEnd(CharSequence s, int from, Pattern htmlTag) {
        if (startsWith(s, from, "<!---->")) {
            return from + 7;
        }
        if (startsWith(s, from, "<!--")) {
            return commentEnd(s, from);
        }
        Pattern pattern = from + 1 < s.length() && isAsciiLetter(s.charAt(from + 1)) ? OPEN_TAG : htmlTag;
        // The other alternatives (closing tag, processing instruction, declaration, CDATA) repeat
        // single characters only, which the JDK matches in a loop.
        Matcher m = pattern.matcher(s);
        m.region(from, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** flexmark's {@code <!--(?:-?[^>-])(?:-?[^-])*-->}, the comment after {@code <!--}. */
    private static int commentEnd(CharSequence s, int from) {
        int body = from + 4;
        // The first part must match once: '-' and a character other than '>' or '-', or such a character alone.
        int[] firsts = {
            body + 1 < s.length() && s.charAt(body) == '-' && s.charAt(body + 1) != '>' && s.charAt(body + 1) != '-'
                    ? body + 2
                    : NONE,
            body < s.length() && s.charAt(body) != '>' && s.charAt(body) != '-' ? body + 1 : NONE
        };
        for (int first : firsts) {
            if (first == NONE) {
                continue;
            }
            int end = search(
                    s,
                    first,
                    (text, p, alternative) -> alternative == 0
                            ? (p + 1 < text.length() && text.charAt(p) == '-' && text.charAt(p + 1) != '-'
                                    ? p + 2
                                    : NONE)
                            : (p < text.length() && text.charAt(p) != '-' ? p + 1 : NONE),
                    "-->");
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private static final int NONE = -1;

    /** The two alternatives of a loop {@code (a|b)*}: where alternative 0 or 1 ends when it starts at {@code p}, or {@link #NONE}. */
    private interface Alternatives {
        int end(CharSequence text, int p, int alternative);
    }

    /**
     * The backtracking search of {@code (a|b)*closing}, depth first in the pattern's order of
     * choices (a, then b, then leaving the loop), with an explicit stack. Which choices are open
     * depends on the position only, so a position whose choices all failed fails again whenever it
     * is reached: each is searched once. Returns the end of the match, or -1.
     */
    private static int search(CharSequence s, int start, Alternatives loop, String closing) {
        int[] positions = new int[16];
        int[] choices = new int[16];
        boolean[] failed = new boolean[16]; // indexed by position - start
        int depth = 0;
        positions[0] = start;
        choices[0] = 0;
        while (depth >= 0) {
            int p = positions[depth];
            int choice = choices[depth]++;
            if (choice == 0 && p - start < failed.length && failed[p - start]) {
                depth--;
                continue;
            }
            if (choice > 2) {
                if (p - start >= failed.length) {
                    failed = Arrays.copyOf(failed, Math.max(failed.length * 2, p - start + 1));
                }
                failed[p - start] = true;
                depth--;
                continue;
            }
            if (choice == 2) {
                if (startsWith(s, p, closing)) {
                    return p + closing.length();
                }
                continue;
            }
            int next = loop.end(s, p, choice);
            if (next == NONE) {
                continue;
            }
            if (++depth == positions.length) {
                positions = Arrays.copyOf(positions, depth * 2);
                choices = Arrays.copyOf(choices, depth * 2);
            }
            positions[depth] = next;
            choices[depth] = 0;
        }
        return -1;
    }

    private static boolean startsWith(CharSequence s, int from, String prefix) {
        if (from + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(from + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The characters a backslash escapes in CommonMark, as in flexmark's {@code ESCAPABLE}. */
    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
