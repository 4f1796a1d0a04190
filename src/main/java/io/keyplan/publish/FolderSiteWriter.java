package io.keyplan.publish;

import io.keyplan.site.SitePaths;
import io.keyplan.site.SiteWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Writes the site into a folder (the staging folder of an {@link OutputFolder}). Safe to call
 * from parallel renderers; remembers the HTML pages written, for the sitemap and the summary.
 */
public final class FolderSiteWriter implements SiteWriter {
    private final Path root;
    private final ConcurrentSkipListSet<String> pages = new ConcurrentSkipListSet<>();
    private final ConcurrentSkipListSet<String> files = new ConcurrentSkipListSet<>();
    /** Folders known to exist: one account has many pages, and asking the file system each time costs system calls. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private final WriteGate gate;

    /** Characters (and bytes) buffered per file: a typical page is 20-40 KB. */
    private static final int BUFFER = 64 * 1024;

    public FolderSiteWriter(Path root) {
        this(root, WriteGate.OPEN);
    }

    /** @param gate lets a stopped build give the folder up while renderers are still at work */
    public FolderSiteWriter(Path root, WriteGate gate) {
        this.root = root.toAbsolutePath().normalize();
        this.gate = gate;
    }

    @Override
    public void writeText(String path, String content) {
        writeText(path, w -> w.write(content));
    }

    @Override
    public void writeText(String path, TextSource source) {
        try (WriteGate.Permit p = gate.enter()) {
            Path target = target(path);
            // Most pages fit the buffer whole, so each is one write call instead of one per 8 KB.
            // The encoder reports malformed text, as Files.newBufferedWriter's does.
            try (Writer w = new BufferedWriter(
                    new OutputStreamWriter(
                            new BufferedOutputStream(Files.newOutputStream(target), BUFFER),
                            StandardCharsets.UTF_8.newEncoder()),
                    BUFFER)) {
                source.writeTo(w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }
        record(path);
    }

    /** The bytes in one write call: they were encoded (and checked) when the page was first rendered. */
    @Override
    public void writeUtf8(String path, byte[] utf8) {
        try (WriteGate.Permit p = gate.enter()) {
            Path target = target(path);
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(utf8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }
        record(path);
    }

    @Override
    public void copyFile(Path source, String path) {
        if (Files.isSymbolicLink(source) || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("not a plain file: " + source);
        }
        if (SitePaths.isPlanSource(source.getFileName().toString()) || SitePaths.isPlanSource(path)) {
            throw new IllegalArgumentException("plan sources are never copied into the site: " + source);
        }
        try (WriteGate.Permit p = gate.enter()) {
            Path target = target(path);
            try {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
            }
        }
        record(path);
    }

    private Path target(String path) {
        SitePaths.check(path);
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("site path leaves the site root: " + path);
        }
        Path parent = target.getParent();
        if (!folders.contains(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the folder " + parent, e);
            }
            folders.add(parent);
        }
        return target;
    }

    private void record(String path) {
        files.add(path);
        if (path.endsWith(".html")) {
            pages.add(path);
        }
    }

    public Path root() {
        return root;
    }

    /** Site paths of the HTML pages written so far, sorted. */
    public List<String> pages() {
        return List.copyOf(pages);
    }

    /** Site paths of every file written through this writer, sorted. */
    public List<String> files() {
        return List.copyOf(files);
    }
}
