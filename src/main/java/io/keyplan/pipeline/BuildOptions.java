package io.keyplan.pipeline;

import java.nio.file.Path;

/**
 * What {@code keyplan build} was asked to do; who the site is for is {@link io.keyplan.site.BuildInfo#audience()}.
 * {@code cache} is the folder of {@code --cache} (where KeyPlan keeps what it can reuse between builds), null without.
 * {@code userCache} is the user's cache folder (XDG_CACHE_HOME and the like), where the git history's findings are
 * kept when there is no {@code --cache}; null for none.
 */
public record BuildOptions(Path content, Path theme, Path output, boolean strict, Path cache, Path userCache) {
    /** Without the user's cache folder. */
    public BuildOptions(Path content, Path theme, Path output, boolean strict, Path cache) {
        this(content, theme, output, strict, cache, null);
    }

    /** Without a cache folder. */
    public BuildOptions(Path content, Path theme, Path output, boolean strict) {
        this(content, theme, output, strict, null, null);
    }
}
