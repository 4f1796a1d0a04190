package io.keyplan.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Where the renderer puts the site. Paths are relative to the site root and use forward
 * slashes ({@code accounts/acme/index.html}); an implementation refuses any path that
 * would leave the site root. Implementations are safe to call from parallel renderers.
 */
public interface SiteWriter {
    void writeText(String path, String content);

    /** Text produced piece by piece, e.g. by a template. */
    @FunctionalInterface
    interface TextSource {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes text as {@code source} produces it. A folder writer streams it straight to the
     * file, so a large page (the booklet of thousands of plans) is never held in memory whole;
     * this default collects it first.
     */
    default void writeText(String path, TextSource source) {
        StringWriter w = new StringWriter();
        try {
            source.writeTo(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeText(path, w.toString());
    }

    /**
     * Writes a page that is already UTF-8 (a page reused from an earlier build, {@code
     * render.PageCache}): a folder writer puts the bytes in the file as they are, without decoding
     * and encoding them again; this default goes through {@link #writeText(String, String)}.
     */
    default void writeUtf8(String path, byte[] utf8) {
        writeText(path, new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    }

    void copyFile(Path source, String path);
}
