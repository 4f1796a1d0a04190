package io.keyplan.preview;

import io.keyplan.site.SitePaths;
import io.keyplan.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link SiteWriter} that keeps the site in memory, with the same refusals as the folder writer
 * of {@code build} (paths that leave the site, links, plan sources), so the preview serves what a
 * build writes. Safe to call from parallel renderers.
 */
final class MemoryWriter implements SiteWriter {
    private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void writeText(String path, String content) {
        files.put(checked(path), content.getBytes(StandardCharsets.UTF_8));
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
            files.put(checked(path), Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static String checked(String path) {
        SitePaths.check(path);
        Path root = Path.of("/site");
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("site path leaves the site root: " + path);
        }
        return path;
    }

    /** Site paths of the HTML pages written so far, sorted (what the sitemap lists). */
    List<String> pages() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** Every file written, by site path. */
    Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }
}
