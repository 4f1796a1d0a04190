package io.keyplan.text;

/**
 * The characters HTML5 forbids in text, and text without them: C0 controls other than tab, line
 * feed and carriage return, DEL, C1 controls (U+0080 to U+009F), noncharacters (U+FDD0 to U+FDEF
 * and every U+xFFFE, U+xFFFF) and half characters. A vertical tab or form feed is cleaned into a
 * line break or a space. The loader cleans every value with it ({@code load.ControlCharacters},
 * which also warns); the checks and the public profile map a position in a cleaned Markdown body
 * back to its file with {@link #fileOffsets}.
 */
public final class ControlText {
    private ControlText() {}

    /** True for a code point a web page may not hold as text, or that is cleaned into a break or a space. */
    public static boolean isForbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** Vertical tab and form feed: a break the writer meant, kept as one. */
    public static boolean isBreakLike(int cp) {
        return cp == 0x0B || cp == 0x0C;
    }

    /** The index of the first forbidden character of {@code s}, or -1. */
    public static int firstForbidden(CharSequence s) {
        return scan(s, false);
    }

    /**
     * The index of the first forbidden character or backslash of {@code s}, or -1: without either, no
     * value a YAML reader makes of {@code s} can hold a forbidden character (an escape needs a backslash).
     */
    public static int firstForbiddenOrBackslash(CharSequence s) {
        return scan(s, true);
    }

    /**
     * One pass over every content file: printable ASCII and line breaks are decided in a comparison
     * or two.
     */
    private static int scan(CharSequence s, boolean orBackslash) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x7F) {
                if (c >= 0x20 ? c != '\\' || !orBackslash : c == '\n' || c == '\r' || c == '\t') {
                    continue;
                }
                return i;
            }
            if (c < 0xA0) {
                return i;
            }
            if (c < 0xD800) {
                continue;
            }
            int cp = Character.codePointAt(s, i);
            if (isForbidden(cp)) {
                return i;
            }
            if (cp > 0xFFFF) {
                i++;
            }
        }
        return -1;
    }

    /**
     * {@code s} without its forbidden characters; a vertical tab or form feed becomes a line break
     * when {@code lines} is true, a space otherwise. {@code s} itself when it has none.
     */
    public static String clean(String s, boolean lines) {
        int first = firstForbidden(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isBreakLike(cp)) {
                b.append(lines ? '\n' : ' ');
            } else if (!isForbidden(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Where in {@code file}, a Markdown file's text as it is on the disk, the characters at
     * {@code offsets} (ascending) of {@code body} are, when {@code body} is the file's tail as it
     * is or as {@link #clean} (with line breaks) made it; null when it is neither, or the file is
     * unknown. One walk through the file for all offsets. Lets a finding in a cleaned text name
     * the file's own line and column.
     */
    public static int[] fileOffsets(String file, String body, int[] offsets) {
        if (file == null) {
            return null;
        }
        int[] out = new int[offsets.length];
        if (file.endsWith(body)) {
            int start = file.length() - body.length();
            for (int k = 0; k < offsets.length; k++) {
                out[k] = start + offsets[k];
            }
            return out;
        }
        String cleaned = clean(file, true);
        if (!cleaned.endsWith(body)) {
            return null;
        }
        int start = cleaned.length() - body.length();
        int made = 0;
        int i = 0;
        for (int k = 0; k < offsets.length; k++) {
            int target = start + Math.max(0, Math.min(offsets[k], body.length()));
            while (i < file.length() && made < target) {
                int cp = file.codePointAt(i);
                made += isBreakLike(cp) ? 1 : isForbidden(cp) ? 0 : Character.charCount(cp);
                i += Character.charCount(cp);
            }
            // Past characters left out: the next one kept is where the cleaned text goes on.
            while (i < file.length() && isForbidden(file.codePointAt(i)) && !isBreakLike(file.codePointAt(i))) {
                i += Character.charCount(file.codePointAt(i));
            }
            out[k] = i;
        }
        return out;
    }
}
