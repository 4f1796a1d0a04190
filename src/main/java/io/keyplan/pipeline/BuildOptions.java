package io.keyplan.pipeline;

import java.nio.file.Path;

/**
 * What {@code keyplan build} was asked to do; who the site is for is {@link io.keyplan.site.BuildInfo#audience()}.
 *
 * @param cache the folder where KeyPlan keeps what it can reuse between builds ({@code --cache}); null for none
 */
public record BuildOptions(Path content, Path theme, Path output, boolean strict, Path cache) {
    /** Without a cache folder. */
    public BuildOptions(Path content, Path theme, Path output, boolean strict) {
        this(content, theme, output, strict, null);
    }
}
