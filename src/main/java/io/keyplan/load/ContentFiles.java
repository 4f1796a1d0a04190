package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content folder as the loader may see it: listings without hidden files, in a fixed
 * order, and no way out of the folder through a symbolic link.
 */
final class ContentFiles {
    private final Path root;
    private final Path realRoot;
    private final DisplayPath display;
    private final Diagnostics diagnostics;

    ContentFiles(Path root, DisplayPath display, Diagnostics diagnostics) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.display = display;
        this.diagnostics = diagnostics;
    }

    Path root() {
        return root;
    }

    String display(Path p) {
        return display.of(p);
    }

    /** The entries of a folder, sorted by name, without hidden ones ({@code .git}, {@code .DS_Store}). */
    List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diagnostics.error(SourceSpan.file(display(dir)), "missing-file", "the folder cannot be read", null);
            return List.of();
        }
    }

    /**
     * False (and reported) when {@code p} is, or is reached through, a link that leaves the content
     * folder, or is a file with a second name (a hard link), which may be a file outside it.
     */
    boolean checkInside(Path p) {
        Path real;
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
        if (!real.startsWith(realRoot)) {
            diagnostics.error(
                    SourceSpan.file(display(p)),
                    "outside-content",
                    "this is a link to a place outside the content folder",
                    "copy the file into the content folder instead of linking to it");
            return false;
        }
        if (HardLinks.count(real) > 1) {
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
