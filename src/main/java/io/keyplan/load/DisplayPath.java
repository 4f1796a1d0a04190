package io.keyplan.load;

import java.nio.file.Path;

/** Paths as users see them in messages: relative to the working directory when below it, forward slashes. */
final class DisplayPath {
    private final Path cwd;

    DisplayPath(Path cwd) {
        this.cwd = cwd.toAbsolutePath().normalize();
    }

    static DisplayPath fromWorkingDirectory() {
        return new DisplayPath(Path.of("").toAbsolutePath());
    }

    String of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
