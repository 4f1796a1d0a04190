package io.keyplan.render;

import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The test portfolio rendered with its git history ({@link TestSite#history()}) into a folder, with the
 * theme's assets: for the site-wide checks (valid HTML, accessibility) of the history pages.
 */
public final class HistorySite {
    private HistorySite() {}

    /** Writes the site into {@code dir} and returns it. */
    public static Path write(Path dir) {
        try {
            TestSite.render(
                            TestSite.content("title: P"),
                            new BuildInfo(TestSite.BUILD_DATE, "1.2.3"),
                            TestSite.history())
                    .saveTo(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
