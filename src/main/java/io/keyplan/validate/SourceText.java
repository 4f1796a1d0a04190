package io.keyplan.validate;

import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an offset in a text read from a file is in that file: the line and column a finding
 * names. One place for the checks that scan Markdown, so every check counts lines as Markdown
 * does (LF, CR LF, or a CR alone) and finds a body below its front matter the same way.
 */
final class SourceText {
    private SourceText() {}

    /** The file's text, or null when it cannot be read (the finding then counts in the text it has). */
    static String read(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The line and column of {@code offset} in {@code body}, counted in the file: the body is the end
     * of the file, after any front matter (with the characters the loader left out of it put back).
     * Lines of the body itself when {@code fileText} is null or no longer ends with the body (the file
     * changed since it was read).
     */
    static SourceSpan inFile(SourceSpan source, String fileText, String body, int offset) {
        int raw = bodyOffset(fileText, body, offset);
        return raw >= 0 ? at(source.file(), fileText, raw) : at(source.file(), body, offset);
    }

    /**
     * The offset in the file of {@code offset} in {@code body}, the end of the file (with the characters
     * the loader left out of it put back, see ControlCharacters); -1 when the file is unknown or no
     * longer holds the body.
     */
    static int bodyOffset(String fileText, String body, int offset) {
        int[] at = io.keyplan.text.ControlText.fileOffsets(fileText, body, new int[] {offset});
        return at == null ? -1 : at[0];
    }

    /** The line and column of {@code offset} in {@code text}, the text of {@code file}. */
    static SourceSpan at(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            // Markdown ends a line at LF, CR LF or a CR alone.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters as the YAML reader does (code points), so an emoji earlier on the line
        // counts once, as in the loader's findings.
        int end = Math.min(offset, text.length());
        return new SourceSpan(file, line, text.codePointCount(lineStart, end) + 1 + (offset - end));
    }
}
