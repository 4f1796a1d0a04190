package io.keyplan.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.render.ThemeException;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme read ahead ({@link Stages#prepare}) is the one render uses, and its problems surface in render. */
class StagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aThemeReadAheadRendersTheSiteAndItsProblemsSurfaceInRender(@TempDir Path dir) throws Exception {
        Stages stages = Stages.standard();
        Diagnostics d = new Diagnostics();
        Content content = stages.load(Path.of("src/test/resources/load/references"), TODAY, d);
        PortfolioAnalysis analysis = stages.analyse(content, TODAY);

        Path broken = dir.resolve("theme");
        Files.createDirectories(broken.resolve("templates"));
        Files.writeString(broken.resolve("templates/layout.peb"), "{% if %}");
        stages.prepare(broken);
        ThemeException e = assertThrows(
                ThemeException.class,
                () -> stages.render(
                        content,
                        analysis,
                        io.keyplan.history.History.none(),
                        new BuildInfo(TODAY, "test"),
                        broken,
                        new Pages()));
        assertTrue(e.getMessage().contains("templates/layout.peb"), e.getMessage());

        Path bundled = dir.resolve("no-theme-folder");
        stages.prepare(bundled);
        Pages out = new Pages();
        stages.render(content, analysis, io.keyplan.history.History.none(), new BuildInfo(TODAY, "test"), bundled, out);
        assertTrue(out.paths.contains("index.html"), out.paths.toString());
    }

    /** Remembers which pages were written. */
    private static final class Pages implements SiteWriter {
        final Set<String> paths = ConcurrentHashMap.newKeySet();

        @Override
        public void writeText(String path, String content) {
            paths.add(path);
        }

        @Override
        public void copyFile(Path source, String path) {
            paths.add(path);
        }
    }
}
