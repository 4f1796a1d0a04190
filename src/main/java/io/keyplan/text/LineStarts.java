package io.keyplan.text;

import java.util.Arrays;

/**
 * Where the lines of a YAML text start, lines ended as SnakeYAML ends them (CR LF, CR, LF, NEL, LS,
 * PS). The loader and the public profile both turn a line and column into an offset of the file, and
 * must count lines as the YAML reader did, or a position points one line off.
 */
public final class LineStarts {
    private LineStarts() {}

    /** The offset where each line starts, the first at 0; a break at the end gives a last empty line. */
    public static int[] yaml(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}
