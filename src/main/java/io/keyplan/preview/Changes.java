package io.keyplan.preview;

import java.nio.file.Path;
import java.util.Collection;

/** What a set of changed paths is called in the one line {@code serve} prints per rebuild. */
final class Changes {
    private Changes() {}

    /**
     * "accounts/acme/account.yaml" for one file (relative to the content folder), "the theme" when
     * only theme files changed, "3 files" for more, "everything" for an empty set (read all again).
     */
    static String describe(Collection<Path> changed, Path content, Path theme) {
        if (changed.isEmpty()) {
            return "everything";
        }
        Path contentRoot = content.toAbsolutePath().normalize();
        Path themeRoot = theme == null ? null : theme.toAbsolutePath().normalize();
        if (themeRoot != null
                && changed.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(themeRoot))) {
            return changed.size() == 1
                    ? "the theme (" + name(themeRoot, changed.iterator().next()) + ")"
                    : "the theme";
        }
        if (changed.size() > 1) {
            // A folder added or deleted with what is in it: name the folder.
            for (Path folder : changed) {
                Path f = folder.toAbsolutePath().normalize();
                if (f.startsWith(contentRoot)
                        && changed.stream()
                                .allMatch(p -> p.toAbsolutePath().normalize().startsWith(f))) {
                    return name(contentRoot, f) + "/";
                }
            }
        }
        if (changed.size() == 1) {
            Path p = changed.iterator().next().toAbsolutePath().normalize();
            return p.startsWith(contentRoot)
                    ? name(contentRoot, p)
                    : p.getFileName().toString();
        }
        return changed.size() + " files";
    }

    private static String name(Path root, Path p) {
        Path rel = root.relativize(p.toAbsolutePath().normalize());
        return rel.toString().isEmpty()
                ? root.getFileName().toString()
                : rel.toString().replace('\\', '/');
    }
}
