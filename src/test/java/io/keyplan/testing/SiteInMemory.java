package io.keyplan.testing;

import io.keyplan.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** A rendered site held in memory, for the fuzz tests: every file by its path in the site. */
public final class SiteInMemory implements SiteWriter {
    private final Map<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void writeText(String path, String content) {
        try {
            // Strict, as Files.newBufferedWriter in the real writer is: text that is not valid
            // Unicode (a lone surrogate) fails here as it fails a real build.
            ByteBuffer bytes = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(content));
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            put(path, copy);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException("cannot write " + path + " as UTF-8", e);
        }
    }

    @Override
    public void copyFile(Path source, String path) {
        try {
            put(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String path, byte[] bytes) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("path leaves the site: " + path);
        }
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    /** Every file as text, by path. */
    public Map<String, String> texts() {
        Map<String, String> out = new ConcurrentSkipListMap<>();
        files.forEach((path, bytes) -> out.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return out;
    }
}
