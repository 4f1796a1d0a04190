package io.keyplan.pipeline;

import java.nio.file.Path;

/** What {@code keyplan build} was asked to do; who the site is for is {@link io.keyplan.site.BuildInfo#audience()}. */
public record BuildOptions(Path content, Path theme, Path output, boolean strict) {}
