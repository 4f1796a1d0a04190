package io.keyplan.preview;

import io.keyplan.site.SitePaths;
import io.keyplan.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SiteWriter} into memory: site path to bytes, as {@code publish.FolderSiteWriter} would
 * write them into a file (text as UTF-8, files copied as they are), with the same refusals.
 */
final class MemorySiteWriter implements SiteWriter {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void writeText(String path, String content) {
        files.put(SitePaths.check(path), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Kept as they are: the renderer hands over a page already encoded, and no one changes the array after. */
    @Override
    public void writeUtf8(String path, byte[] utf8) {
        files.put(SitePaths.check(path), utf8);
    }

    @Override
    public void copyFile(Path source, String path) {
        if (Files.isSymbolicLink(source) || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("not a plain file: " + source);
        }
        if (SitePaths.isPlanSource(source.getFileName().toString()) || SitePaths.isPlanSource(path)) {
            throw new IllegalArgumentException("plan sources are never copied into the site: " + source);
        }
        try {
            files.put(SitePaths.check(path), Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** What was written, by site path. */
    Map<String, byte[]> files() {
        return files;
    }
}
