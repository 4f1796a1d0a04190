package io.keyplan.profile;

import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where offsets of a Markdown body are in its file: the body is the file's tail, below any front
 * matter. Lines are counted as Markdown counts them (LF, CR LF, a lone CR), columns in code points.
 * One walk through the body for all offsets: a position counted from the start for each one made
 * a long text with many findings quadratic.
 */
final class BodyPositions {
    private BodyPositions() {}

    /** The positions of {@code offsets} (ascending) of {@code body}, the text of {@code file}. */
    static SourceSpan[] of(SourceSpan file, String body, int[] offsets) {
        SourceSpan[] out = new SourceSpan[offsets.length];
        int line = firstLine(file, body);
        int column = 1;
        int i = 0;
        for (int k = 0; k < offsets.length; k++) {
            int offset = Math.min(offsets[k], body.length());
            for (; i < offset; i++) {
                char c = body.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n')) {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c) && c != '\r') {
                    column++;
                }
            }
            out[k] = new SourceSpan(file.file(), line, column);
        }
        return out;
    }

    /**
     * The line of the file on which the body starts: after the front matter. The loader keeps the
     * body as it is in the file, so it is the file's tail. Line 1 when the file cannot be read.
     */
    private static int firstLine(SourceSpan file, String body) {
        if (file.line() > 0) {
            return file.line();
        }
        String all = read(file);
        return all != null && all.endsWith(body) ? 1 + lineBreaks(all, 0, all.length() - body.length()) : 1;
    }

    /** Line breaks as Markdown counts them: LF, CR LF and a lone CR. */
    private static int lineBreaks(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    /** The file's text as the loader read it, or null: a position is a help, not a must. */
    static String read(SourceSpan file) {
        try {
            Path p = Path.of(file.file());
            if (!file.file().isEmpty() && Files.isRegularFile(p)) {
                String all = Files.readString(p, StandardCharsets.UTF_8);
                return all.startsWith("\uFEFF") ? all.substring(1) : all;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable now (it was read a moment ago): the start of the file will do
        }
        return null;
    }
}
