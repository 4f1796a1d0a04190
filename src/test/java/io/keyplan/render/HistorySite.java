package io.keyplan.render;

import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The pages of {@link #write}'s site that show history: the front page, the completeness and changes
     * pages, every history page, and the account pages but Evil's (its hostile Markdown is the other
     * tests' subject, and the test note's own heading is the note test's).
     */
    public static List<Path> pages(Path dir) {
        List<Path> pages = new ArrayList<>(List.of(
                dir.resolve("index.html"), dir.resolve("completeness/index.html"), dir.resolve("changes/index.html")));
        for (String slug : List.of("acme", "blank", "evil", "oldco")) {
            pages.add(dir.resolve("accounts/" + slug + "/history.html"));
            if (!slug.equals("evil")) {
                pages.add(dir.resolve("accounts/" + slug + "/index.html"));
            }
        }
        return pages;
    }
}
