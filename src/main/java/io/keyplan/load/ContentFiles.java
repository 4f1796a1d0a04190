package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content folder as the loader may see it: listings without hidden files, in a fixed
 * order, and no way out of the folder through a symbolic link.
 */
final class ContentFiles {
    private final Path root;
    private final Path realRoot;
    private final DisplayPath display;
    private final Diagnostics diagnostics;
    /** Real paths of the folders seen so far, for {@link #realBelow}; one loader's, shared by its threads. */
    private final Map<Path, Path> realDirs;

    ContentFiles(Path root, DisplayPath display, Diagnostics diagnostics) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.display = display;
        this.diagnostics = diagnostics;
        this.realDirs = new ConcurrentHashMap<>();
    }

    private ContentFiles(ContentFiles of, Diagnostics diagnostics) {
        this.root = of.root;
        this.realRoot = of.realRoot;
        this.display = of.display;
        this.diagnostics = diagnostics;
        this.realDirs = of.realDirs;
    }

    /** The same folder, reporting to {@code other}: what one account folder's reading finds, kept apart. */
    ContentFiles reportingTo(Diagnostics other) {
        return new ContentFiles(this, other);
    }

    Path root() {
        return root;
    }

    String display(Path p) {
        return display.of(p);
    }

    /** The entries of a folder, sorted by name, without hidden ones ({@code .git}, {@code .DS_Store}). */
    List<Path> list(Path dir) {
        // A plain loop rather than a stream: this runs for every folder of a portfolio of thousands.
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            List<Path> out = new ArrayList<>();
            for (Path p : s) {
                if (!p.getFileName().toString().startsWith(".")) {
                    out.add(p);
                }
            }
            out.sort(null);
            return Collections.unmodifiableList(out);
        } catch (IOException | DirectoryIteratorException e) {
            diagnostics.error(SourceSpan.file(display(dir)), "missing-file", "the folder cannot be read", null);
            return List.of();
        }
    }

    /**
     * False (and reported) when {@code p} is, or is reached through, a link that leaves the content
     * folder, or is a file with a second name (a hard link), which may be a file outside it.
     */
    boolean checkInside(Path p) {
        // One lstat says whether p is a link and how many names it has; a name that is no link
        // is where its folder really is, so the folder's real path (asked once) gives p's without
        // resolving every component of it again, a system call each.
        Map<String, Object> attributes = HardLinks.attributes(p);
        Path real = attributes == null || Boolean.TRUE.equals(attributes.get("isSymbolicLink")) ? null : realBelow(p);
        if (real != null) {
            if (Boolean.TRUE.equals(attributes.get("isDirectory"))) {
                realDirs.putIfAbsent(p, real);
            }
            return inside(p, real, HardLinks.count(attributes));
        }
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            diagnostics.error(
                    SourceSpan.file(display(p)),
                    "missing-file",
                    "this link points to a file that does not exist",
                    null);
            return false;
        }
        return inside(p, real, HardLinks.count(real));
    }

    /** The real path of {@code p}, which is no link: its folder's real path and its name; null when that cannot be told. */
    private Path realBelow(Path p) {
        Path parent = p.getParent();
        Path name = p.getFileName();
        if (parent == null
                || name == null
                || name.toString().equals(".")
                || name.toString().equals("..")) {
            return null;
        }
        Path realParent = realDirs.get(parent);
        if (realParent == null) {
            try {
                realParent = parent.toRealPath();
            } catch (IOException e) {
                return null;
            }
            realDirs.putIfAbsent(parent, realParent);
        }
        return realParent.resolve(name.toString());
    }

    private boolean inside(Path p, Path real, int links) {
        if (!real.startsWith(realRoot)) {
            diagnostics.error(
                    SourceSpan.file(display(p)),
                    "outside-content",
                    "this is a link to a place outside the content folder",
                    "copy the file into the content folder instead of linking to it");
            return false;
        }
        if (links > 1) {
            diagnostics.error(
                    SourceSpan.file(display(p)),
                    "hard-link",
                    "this file is a hard link: the same file has another name on the disk, perhaps outside the"
                            + " content folder, so KeyPlan does not read or publish it",
                    "replace the link with a copy of the file (copy it, do not link it)");
            return false;
        }
        return true;
    }
}
