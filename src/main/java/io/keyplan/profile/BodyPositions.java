package io.keyplan.profile;

import io.keyplan.model.SourceSpan;
import io.keyplan.text.ControlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where offsets of a Markdown body are in its file: the body is the file's tail, below any front
 * matter, as it is or as the loader cleaned it of control characters (then the offsets are mapped
 * to the file's own, see ControlText#fileOffsets). Lines are counted as Markdown counts them (LF, CR LF, a lone CR), columns in code points.
 * One walk through the body for all offsets: a position counted from the start for each one made
 * a long text with many findings quadratic.
 */
final class BodyPositions {
    private BodyPositions() {}

    /** The positions of {@code offsets} (ascending) of {@code body}, the text of {@code file}. */
    static SourceSpan[] of(SourceSpan file, String body, int[] offsets) {
        if (file.line() > 0) {
            return walk(file.file(), body, file.line(), offsets);
        }
        String all = read(file);
        // The loader keeps the body as the file's tail, or cleaned of control characters (ControlText).
        int[] inFile = ControlText.fileOffsets(all, body, offsets);
        return inFile == null ? walk(file.file(), body, 1, offsets) : walk(file.file(), all, 1, inFile);
    }

    /** The positions of {@code offsets} (ascending) of {@code text}, which starts on {@code line}. */
    private static SourceSpan[] walk(String file, String text, int line, int[] offsets) {
        SourceSpan[] out = new SourceSpan[offsets.length];
        int column = 1;
        int i = 0;
        for (int k = 0; k < offsets.length; k++) {
            int offset = Math.min(offsets[k], text.length());
            for (; i < offset; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c) && c != '\r') {
                    column++;
                }
            }
            out[k] = new SourceSpan(file, line, column);
        }
        return out;
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
