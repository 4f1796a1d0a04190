package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.pipeline.BuildOptions;
import io.keyplan.pipeline.BuildResult;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The preview serves byte for byte what {@code keyplan build} writes; the build has nothing of the preview. */
class PreviewMatchesBuildTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Audience.class)
    void servesExactlyWhatBuildWrites(Audience audience) throws Exception {
        BuildInfo info = new BuildInfo(Served.BUILD_DATE, "test", audience);
        Path content = Path.of("content");
        Path theme = Path.of("site-theme");
        Path site = tmp.resolve("site");
        BuildResult built = new SiteBuild(Stages.standard())
                .build(
                        new BuildOptions(content, theme, site, false),
                        info,
                        Path.of("").toAbsolutePath(),
                        tmp);
        assertTrue(built.written());

        try (IncrementalPreview preview =
                new IncrementalPreview(content, theme, audience, info.buildDate(), info.version())) {
            Preview.Update update = preview.refresh(List.of());
            assertEquals(1, update.generation());
            assertEquals(built.diagnostics().all(), update.diagnostics().all());
            TreeSet<String> written = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(site)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> written.add(site.relativize(p).toString().replace('\\', '/')));
            }
            // The output folder's mark says "KeyPlan may replace this folder": the folder's, not the site's.
            assertTrue(written.remove(".keyplan-site"));
            assertEquals(written, preview.paths());
            for (String path : written) {
                byte[] bytes = Files.readAllBytes(site.resolve(path));
                assertArrayEquals(bytes, preview.file(path).orElseThrow().bytes(), path);
                // Live reload and the overlay are the server's: never in a built file.
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__keyplan") || text.contains("EventSource"), path);
            }
            // Nothing changed: same generation, no reload.
            assertEquals(1, preview.refresh(List.of()).generation());
        }
    }

    @Test
    void aBrokenTemplateIsAnErrorWithItsFileAndTheLastGoodSiteStays() throws Exception {
        Path theme = tmp.resolve("theme");
        Served.copy(Path.of("site-theme"), theme);
        BuildInfo info = new BuildInfo(Served.BUILD_DATE, "test", Audience.INTERNAL);
        try (IncrementalPreview preview = new IncrementalPreview(
                Path.of("content"), theme, Audience.INTERNAL, info.buildDate(), info.version())) {
            preview.refresh(List.of());
            byte[] before = preview.file("index.html").orElseThrow().bytes();
            Path index = theme.resolve("templates/index.peb");
            Files.writeString(index, Files.readString(index) + "\n{% if %}\n");
            Preview.Update broken = preview.refresh(List.of(index));
            assertEquals(2, broken.generation());
            assertTrue(broken.diagnostics().hasErrors());
            String first = broken.diagnostics().all().get(0).toString();
            assertTrue(first.startsWith(theme.toString().replace('\\', '/') + "/templates/index.peb:"), first);
            assertArrayEquals(before, preview.file("index.html").orElseThrow().bytes());
            assertEquals("the theme (templates/index.peb)", broken.what());
        }
    }
}
