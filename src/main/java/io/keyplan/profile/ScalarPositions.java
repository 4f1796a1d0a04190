package io.keyplan.profile;

import io.keyplan.model.SourceSpan;
import io.keyplan.text.LineStarts;
import io.keyplan.text.YamlEscapes;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a character of a YAML value is written in its file: the loader keeps the position of each
 * value, and a warning about a word inside it should point at the word. The value is read again
 * from the file, from that position, character by character beside the text the loader made of
 * it: plain, single- and double-quoted (escapes, folded lines) and block ({@code |}, {@code >})
 * scalars. Values that share one position (the items of a list) are looked for one after the
 * other from there. When the file cannot be read or does not match, the value's own position is
 * the answer: a position is a help, not a must.
 *
 * <p>The work is bounded by a multiple of the files' length, whatever they hold.
 */
final class ScalarPositions {
    private static final int TRIES = 64;

    private final Map<String, FileText> files = new HashMap<>();
    /** For a position several values share: where the last value found there ended in the file. */
    private final Map<SourceSpan, Integer> cursors = new HashMap<>();

    private long budget = 2_000_000;

    /** The file positions of {@code offsets} (ascending) of {@code value}, whose YAML value is at {@code at}. */
    SourceSpan[] of(String value, SourceSpan at, int[] offsets) {
        SourceSpan[] out = new SourceSpan[offsets.length];
        java.util.Arrays.fill(out, at);
        if (at.line() <= 0 || value.isEmpty()) {
            return out;
        }
        FileText file = files.computeIfAbsent(at.file(), f -> FileText.of(BodyPositions.read(SourceSpan.file(f))));
        if (file == null) {
            return out;
        }
        int start = file.offset(at.line(), at.column());
        if (start < 0) {
            return out;
        }
        int from = cursors.getOrDefault(at, start);
        int[] raw = new int[offsets.length];
        int tries = 0;
        for (int p = from; p < file.text.length() && tries < TRIES && budget > 0; p++) {
            char c = file.text.charAt(p);
            if (c != value.charAt(0) && c != '"' && c != '\'' && c != '|' && c != '>') {
                continue;
            }
            tries++;
            int end = align(file.text, p, value, offsets, raw);
            if (end >= 0) {
                cursors.put(at, end);
                for (int i = 0; i < offsets.length; i++) {
                    out[i] = file.span(at.file(), raw[i]);
                }
                return out;
            }
        }
        return out;
    }

    /**
     * Reads the value from {@code p} of the file; fills {@code raw} with the file offsets of the
     * value's {@code offsets} and gives the end of the value in the file, or -1 when the file does
     * not hold the value there.
     */
    private int align(String f, int p, String value, int[] offsets, int[] raw) {
        char style = f.charAt(p);
        int j = p;
        if (style == '"' || style == '\'') {
            j++;
        } else if (style == '|' || style == '>') {
            while (j < f.length() && !isBreak(f.charAt(j))) {
                j++;
            }
        } else {
            style = 0;
        }
        int o = 0;
        int k = 0;
        while (k < value.length()) {
            if (--budget < 0 || j >= f.length()) {
                return -1;
            }
            char rc = f.charAt(j);
            char vc = value.charAt(k);
            int matched = 0;
            int next = j + 1;
            if (style == '"' && rc == '\\') {
                if (j + 1 < f.length() && isBreak(f.charAt(j + 1))) {
                    j += 2; // an escaped line break: nothing in the value
                    continue;
                }
                int[] esc = YamlEscapes.at(f, j);
                if (esc == null) {
                    return -1;
                }
                String decoded = Character.toString(esc[0]);
                if (!value.startsWith(decoded, k)) {
                    return -1;
                }
                matched = decoded.length();
                next = esc[1];
            } else if (style == '"' && rc == '"') {
                return -1;
            } else if (style == '\'' && rc == '\'') {
                if (j + 1 < f.length() && f.charAt(j + 1) == '\'' && vc == '\'') {
                    matched = 1;
                    next = j + 2;
                } else {
                    return -1;
                }
            } else if (rc == vc) {
                matched = 1;
            } else if (rc == ' ' || rc == '\t' || isBreak(rc)) {
                j++;
                continue;
            } else {
                return -1;
            }
            for (int m = 0; m < matched; m++) {
                while (o < offsets.length && offsets[o] == k + m) {
                    raw[o++] = j;
                }
            }
            k += matched;
            j = next;
        }
        return endsHere(f, j, style) ? j : -1;
    }

    /** After the whole value: the file's value ends here too (and is not a longer one that starts alike). */
    private static boolean endsHere(String f, int j, char style) {
        if (style == '|' || style == '>') {
            return true; // it started at its own indicator: nothing else starts there
        }
        if (style == '"') {
            return j < f.length() && f.charAt(j) == '"';
        }
        if (style == '\'') {
            return j < f.length() && f.charAt(j) == '\'' && (j + 1 >= f.length() || f.charAt(j + 1) != '\'');
        }
        while (j < f.length() && (f.charAt(j) == ' ' || f.charAt(j) == '\t')) {
            j++;
        }
        return j >= f.length() || isBreak(f.charAt(j)) || ",]}#".indexOf(f.charAt(j)) >= 0;
    }

    /** YAML line breaks, as the loader counts lines. */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A file's text with where its lines start, lines counted as YAML counts them. */
    private static final class FileText {
        final String text;
        final int[] lineStarts;
        /** The last offset asked for and its position: positions are asked for in file order mostly. */
        private int lastOffset;

        private int lastLine = 1;
        private int lastColumn = 1;

        private FileText(String text, int[] lineStarts) {
            this.text = text;
            this.lineStarts = lineStarts;
        }

        static FileText of(String text) {
            if (text == null) {
                return null;
            }
            return new FileText(text, LineStarts.yaml(text));
        }

        /** The offset of a 1-based line and column (in code points), or -1. */
        int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length) {
                return -1;
            }
            int start = lineStarts[line - 1];
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            int o = start;
            for (int c = 1; c < column && o < end; c++) {
                o += Character.charCount(text.codePointAt(o));
            }
            return o;
        }

        SourceSpan span(String file, int offset) {
            int line = java.util.Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line : -line - 2;
            int start = lineStarts[line];
            int from = start;
            int column = 1;
            if (lastLine == line + 1 && lastOffset <= offset && lastOffset >= start) {
                from = lastOffset; // counted already, up to there
                column = lastColumn;
            }
            for (int i = from; i < offset; i++) {
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    column++;
                }
            }
            lastOffset = offset;
            lastLine = line + 1;
            lastColumn = column;
            return new SourceSpan(file, line + 1, column);
        }
    }
}
