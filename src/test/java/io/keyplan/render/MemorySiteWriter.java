package io.keyplan.render;

import io.keyplan.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** A site kept in memory, for tests; refuses paths that leave the root, like the real one. */
final class MemorySiteWriter implements SiteWriter {
    final Map<String, byte[]> files = new ConcurrentSkipListMap<>();

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

    /** Puts bytes another writer made. */
    void add(String path, byte[] bytes) {
        put(path, bytes);
    }

    private void put(String path, byte[] bytes) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("path leaves the site: " + path);
        }
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    String text(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new AssertionError("not written: " + path + "; written: " + files.keySet());
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Writes everything to a folder, with the theme's assets as the publish stage would copy them,
     * to look at the pages in a browser or print them.
     */
    void saveTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        io.keyplan.publish.ThemeAssets.copy(Path.of("site-theme"), dir, new io.keyplan.diagnostic.Diagnostics());
    }
}
