package io.keyplan.build;

import java.nio.file.Path;

/** What {@code keyplan build} was asked to do. */
public record BuildOptions(Path content, Path theme, Path output, boolean strict, Profile profile) {
}
