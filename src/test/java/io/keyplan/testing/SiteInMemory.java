package io.keyplan.testing;

import io.keyplan.publish.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        put(path, content.getBytes(StandardCharsets.UTF_8));
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
