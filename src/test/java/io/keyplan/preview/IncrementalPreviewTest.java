package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.bench.SyntheticPortfolio;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.pipeline.BuildOptions;
import io.keyplan.pipeline.BuildResult;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demand: after every edit, each file the preview serves is byte for byte the file a
 * fresh full {@code build} of the same files writes, the preview has no file the build lacks, and it
 * reports the findings the build reports. For the example content and a small synthetic portfolio,
 * internal and public, through a sequence of edits: a plan field, a new note, a deleted account, a
 * new account, {@code portal.yaml}, a theme template, broken and fixed YAML.
 */
class IncrementalPreviewTest {
    private static final LocalDate TODAY = SyntheticPortfolio.TODAY;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Audience.class)
    void exampleContentStaysIdenticalToAFullBuildThroughEdits(Audience audience) throws IOException {
        Path content = copy(Path.of("content"), tmp.resolve("content"));
        Path theme = copy(Path.of("site-theme"), tmp.resolve("theme"));
        edits(content, theme, audience, "noordzee-foods", "cerealis", "maison-bellard");
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void syntheticPortfolioStaysIdenticalToAFullBuildThroughEdits(Audience audience) throws IOException {
        Path content = tmp.resolve("content");
        SyntheticPortfolio.write(12, content);
        Path theme = copy(Path.of("site-theme"), tmp.resolve("theme"));
        List<String> slugs;
        try (Stream<Path> s = Files.list(content.resolve("accounts"))) {
            slugs = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        edits(content, theme, audience, slugs.get(0), slugs.get(3), slugs.get(5));
    }

    private void edits(Path content, Path theme, Audience audience, String edited, String deleted, String template)
            throws IOException {
        try (IncrementalPreview preview = new IncrementalPreview(content, theme, audience, TODAY, "test")) {
            assertSame(preview, content, theme, audience, "start");

            // A plan field.
            Path yaml = content.resolve("accounts").resolve(edited).resolve("account.yaml");
            String original = Files.readString(yaml);
            String changed = original.replaceFirst("(?m)^name: .*$", "name: Renamed Account Ltd");
            assertFalse(changed.equals(original));
            Files.writeString(yaml, changed);
            refresh(preview, yaml);
            assertSame(preview, content, theme, audience, "a plan field");
            if (audience == Audience.INTERNAL) {
                assertTrue(text(preview, "accounts/" + edited + "/index.html").contains("Renamed Account Ltd"));
            }

            // A new note.
            Path note =
                    content.resolve("accounts").resolve(edited).resolve("notes").resolve("call-2026-11-20.md");
            Files.createDirectories(note.getParent());
            Files.writeString(
                    note, "---\ntitle: Call with procurement\ndate: 2026-11-20\n---\nThey want a *second* offer.\n");
            refresh(preview, note);
            assertSame(preview, content, theme, audience, "a new note");

            // An account deleted.
            Path gone = content.resolve("accounts").resolve(deleted);
            delete(gone);
            refresh(preview, gone);
            assertSame(preview, content, theme, audience, "an account deleted");
            assertTrue(preview.file("accounts/" + deleted + "/index.html").isEmpty());

            // An account added (a copy of another under a new name).
            Path added = content.resolve("accounts").resolve("zz-new-account");
            copy(content.resolve("accounts").resolve(template), added);
            Path addedYaml = added.resolve("account.yaml");
            Files.writeString(
                    addedYaml, Files.readString(addedYaml).replaceFirst("(?m)^name: .*$", "name: Brand New Customer"));
            refresh(preview, added, addedYaml);
            assertSame(preview, content, theme, audience, "an account added");
            if (audience == Audience.INTERNAL) {
                assertTrue(text(preview, "index.html").contains("Brand New Customer"));
            }

            // portal.yaml: another title and a base address (so there is a sitemap).
            Path portal = content.resolve("portal.yaml");
            Files.writeString(
                    portal,
                    "base_url: https://kam.example/\n"
                            + Files.readString(portal).replaceFirst("(?m)^title: .*$", "title: Preview Portal"));
            refresh(preview, portal);
            assertSame(preview, content, theme, audience, "portal.yaml");
            assertTrue(preview.file("sitemap.xml").isPresent());

            // A theme template.
            Path layout = theme.resolve("templates").resolve("layout.peb");
            Files.writeString(layout, Files.readString(layout) + "<!-- edited theme -->\n");
            refresh(preview, layout);
            assertSame(preview, content, theme, audience, "a theme template");
            assertTrue(text(preview, "index.html").contains("edited theme"));

            // Broken YAML: the last good site stays served, the findings are the build's.
            Map<String, byte[]> good = served(preview);
            String fine = Files.readString(yaml);
            Files.writeString(yaml, fine + "\nowner: [unclosed\n");
            Preview.Update broken = refresh(preview, yaml);
            assertTrue(broken.diagnostics().hasErrors());
            BuildResult failed = build(content, theme, audience);
            assertTrue(failed.failed());
            assertEquals(lines(failed.diagnostics()), lines(preview.diagnostics()));
            Diagnostic first = broken.diagnostics().all().get(0);
            assertTrue(first.at().file().endsWith("accounts/" + edited + "/account.yaml"), first.toString());
            assertTrue(first.at().line() > 0, first.toString());
            Map<String, byte[]> still = served(preview);
            assertEquals(good.keySet(), still.keySet());
            good.forEach((p, b) -> assertArrayEquals(b, still.get(p), p));

            // Fixed again.
            Files.writeString(yaml, fine);
            Preview.Update fixed = refresh(preview, yaml);
            assertFalse(fixed.diagnostics().hasErrors());
            assertTrue(fixed.generation() > broken.generation());
            assertSame(preview, content, theme, audience, "fixed YAML");

            // A broken template: an error at the template's line, the last good site stays.
            Map<String, byte[]> beforeTemplate = served(preview);
            Path index = theme.resolve("templates").resolve("index.peb");
            String goodTemplate = Files.readString(index);
            Files.writeString(index, goodTemplate + "\n{% if %}\n");
            Preview.Update badTemplate = refresh(preview, index);
            assertEquals("the theme (templates/index.peb)", badTemplate.what());
            String firstError = badTemplate.diagnostics().all().stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .orElseThrow()
                    .toString();
            assertTrue(firstError.contains("templates/index.peb:"), firstError);
            assertArrayEquals(
                    beforeTemplate.get("index.html"),
                    preview.file("index.html").orElseThrow().bytes());
            Files.writeString(index, goodTemplate);
            refresh(preview, index);
            assertSame(preview, content, theme, audience, "a template fixed");

            // Everything read again.
            preview.refresh(List.of());
            assertSame(preview, content, theme, audience, "a full refresh");
        }
    }

    @org.junit.jupiter.api.Test
    void anEditRendersOnlyWhatItTouches() throws IOException {
        Path content = copy(Path.of("content"), tmp.resolve("content"));
        try (IncrementalPreview preview =
                new IncrementalPreview(content, tmp.resolve("no-theme"), Audience.INTERNAL, TODAY, "test")) {
            served(preview);
            long all = preview.renders();
            served(preview);
            assertEquals(all, preview.renders(), "a second look renders nothing");

            // Saved again unchanged: nothing to render, nothing to reload.
            Path yaml = content.resolve("accounts/cerealis/account.yaml");
            Files.writeString(yaml, Files.readString(yaml));
            Preview.Update same = refresh(preview, yaml);
            assertEquals("accounts/cerealis/account.yaml", same.what());
            assertEquals(1, same.generation(), "the first state is generation 1; nothing changed since");
            served(preview);
            assertEquals(all, preview.renders(), "an unchanged file renders nothing again");

            // Everything read again, nothing changed: the same.
            assertEquals(1, preview.refresh(List.of()).generation());
            served(preview);
            assertEquals(all, preview.renders(), "reading everything again renders nothing again");

            // A note of one account: that account's pages only (notes change no figure and no site-wide page).
            Path note = content.resolve("accounts/cerealis/notes/call.md");
            Files.createDirectories(note.getParent());
            Files.writeString(note, "---\ntitle: A call\ndate: 2026-11-20\n---\nHello.\n");
            refresh(preview, note);
            served(preview);
            long afterNote = preview.renders() - all;
            assertTrue(afterNote >= 1 && afterNote < 10, "renders after a note: " + afterNote);

            // A file KeyPlan does not read changes nothing.
            Preview.Update hidden = refresh(preview, content.resolve(".git/index"));
            assertEquals(same.generation() + 1, hidden.generation());
        }
    }

    @org.junit.jupiter.api.Test
    void pagesDroppedFromTheCacheAreRenderedAgainTheSame() throws IOException {
        Path content = copy(Path.of("content"), tmp.resolve("content"));
        Path theme = copy(Path.of("site-theme"), tmp.resolve("theme"));
        try (IncrementalPreview preview = new IncrementalPreview(content, theme, Audience.INTERNAL, TODAY, "test")) {
            preview.cacheLimit = 1; // keeps only the account asked for last
            Map<String, byte[]> first = served(preview);
            long renders = preview.renders();
            assertTrue(preview.cachedBytes() < 1_000_000, "kept: " + preview.cachedBytes());
            Map<String, byte[]> again = served(preview);
            assertTrue(preview.renders() > renders, "dropped pages are rendered again");
            first.forEach((p, b) -> assertArrayEquals(b, again.get(p), p));
            assertSame(preview, content, theme, Audience.INTERNAL, "a small cache");
        }
    }

    private static Preview.Update refresh(IncrementalPreview preview, Path... changed) {
        return preview.refresh(List.of(changed));
    }

    /** Every file the preview serves equals the build's, both have the same files, and the same findings. */
    private void assertSame(IncrementalPreview preview, Path content, Path theme, Audience audience, String after)
            throws IOException {
        Path site = tmp.resolve("site");
        BuildResult result = build(content, theme, audience);
        assertFalse(result.failed(), () -> after + ": the build failed: " + lines(result.diagnostics()));
        Map<String, byte[]> built = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getParent().equals(site) && p.getFileName().toString().startsWith(".keyplan")) {
                    continue; // the output folder's own mark (publish.FolderMarks), not part of the site
                }
                built.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        assertEquals(built.keySet(), preview.paths(), after + ": the preview's files are not the build's");
        for (Map.Entry<String, byte[]> e : built.entrySet()) {
            byte[] served = preview.file(e.getKey()).orElseThrow().bytes();
            if (!java.util.Arrays.equals(e.getValue(), served)) {
                assertEquals(
                        new String(e.getValue(), StandardCharsets.UTF_8),
                        new String(served, StandardCharsets.UTF_8),
                        after + ": " + e.getKey() + " differs from the build's");
                assertArrayEquals(e.getValue(), served, after + ": " + e.getKey());
            }
        }
        assertEquals(lines(result.diagnostics()), lines(preview.diagnostics()), after + ": findings");
    }

    private BuildResult build(Path content, Path theme, Audience audience) {
        Path site = tmp.resolve("site");
        return new SiteBuild(Stages.standard())
                .build(
                        new BuildOptions(content, theme, site, false),
                        new BuildInfo(TODAY, "test", audience),
                        Path.of("").toAbsolutePath(),
                        tmp.resolve("home"));
    }

    private static Map<String, byte[]> served(IncrementalPreview preview) {
        Map<String, byte[]> out = new TreeMap<>();
        for (String p : preview.paths()) {
            out.put(p, preview.file(p).orElseThrow().bytes());
        }
        return out;
    }

    private static String text(IncrementalPreview preview, String path) {
        return new String(preview.file(path).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    private static Set<String> lines(Diagnostics d) {
        Set<String> out = new TreeSet<>();
        d.all().forEach(x -> out.add(x.toString() + " | " + x.hint()));
        out.add("errors " + d.errorCount() + ", warnings " + d.warningCount());
        return out;
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
