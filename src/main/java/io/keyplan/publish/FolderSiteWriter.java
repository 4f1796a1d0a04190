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
    /** The site this one will replace, whose unchanged files are linked instead of written; null: none. */
    private final PreviousSite previous;

    /** Characters (and bytes) buffered per file: a typical page is 20-40 KB. */
    private static final int BUFFER = 64 * 1024;

    public FolderSiteWriter(Path root) {
        this(root, WriteGate.OPEN);
    }

    /** @param gate lets a stopped build give the folder up while renderers are still at work */
    public FolderSiteWriter(Path root, WriteGate gate) {
        this(root, gate, null);
    }

    /**
     * @param previous the site the staging folder will replace (the output folder as it is), or null;
     *     it is only read and linked to, never changed
     */
    public FolderSiteWriter(Path root, WriteGate gate, Path previous) {
        this(root, gate, previous, List.of(), Files::createLink);
    }

    /**
     * @param retired sites retired before {@code previous} and still being deleted ({@link
     *     OutputFolder.Staging#retired()}): a second name of a previous site's file there does not stop
     *     it from being linked
     */
    public FolderSiteWriter(Path root, WriteGate gate, Path previous, List<Path> retired) {
        this(root, gate, previous, retired, Files::createLink);
    }

    FolderSiteWriter(Path root, WriteGate gate, Path previous, PreviousSite.Linker linker) {
        this(root, gate, previous, List.of(), linker);
    }

    FolderSiteWriter(Path root, WriteGate gate, Path previous, List<Path> retired, PreviousSite.Linker linker) {
        this.root = root.toAbsolutePath().normalize();
        this.gate = gate;
        this.previous =
                previous == null || previous.toAbsolutePath().normalize().equals(this.root)
                        ? null
                        : new PreviousSite(previous, retired, linker);
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
                            previous == null
                                    ? new BufferedOutputStream(Files.newOutputStream(target), BUFFER)
                                    : new Held(path, target),
                            StandardCharsets.UTF_8.newEncoder()),
                    BUFFER)) {
                source.writeTo(w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }
        record(path);
    }

    /**
     * The bytes in one write call: they were encoded (and checked) when the page was first rendered.
     * A page reused from the cache is most often the previous site's file as it is: then that file is
     * linked instead.
     */
    @Override
    public void writeUtf8(String path, byte[] utf8) {
        try (WriteGate.Permit p = gate.enter()) {
            Path target = target(path);
            if (previous != null && previous.link(path, target, utf8)) {
                record(path);
                return;
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(utf8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }
        record(path);
    }

    /** A page larger than this is streamed to its file: it is not held in memory to be compared. */
    private static final int HOLD = 4 << 20;

    /**
     * A page's bytes held until it is complete, then linked from the previous site when they are its
     * file's bytes, or written; a page that grows past {@link #HOLD} goes to its file as it comes.
     */
    private final class Held extends OutputStream {
        private final String path;
        private final Path target;
        private byte[] buf = new byte[BUFFER];
        private int n;
        private OutputStream file;

        Held(String path, Path target) {
            this.path = path;
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (file != null) {
                file.write(b, off, len);
                return;
            }
            if (n + len > HOLD) {
                file = new BufferedOutputStream(Files.newOutputStream(target), BUFFER);
                file.write(buf, 0, n);
                file.write(b, off, len);
                buf = null;
                return;
            }
            if (n + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(HOLD, Math.max(n + len, buf.length * 2)));
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
                return;
            }
            byte[] page = n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
            if (!previous.link(path, target, page)) {
                try (OutputStream out = Files.newOutputStream(target)) {
                    out.write(page);
                }
            }
        }
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
        if (previous != null && files.contains(path)) {
            // Written before, maybe as a link into the previous site, which must not be written through.
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot replace " + target, e);
            }
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

    /** Files that were linked from the previous site instead of written. */
    public int linked() {
        return previous == null ? 0 : previous.linked();
    }

    /** Site paths of every file written through this writer, sorted. */
    public List<String> files() {
        return List.copyOf(files);
    }
}
