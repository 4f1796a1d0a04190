package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.cli.Main;
import io.keyplan.pipeline.Stages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files in an account folder that the build could not write, or that a browser would run:
 * {@code validate} names the file and exits 1, and {@code build} exits 1 and leaves the site
 * published before exactly as it was.
 */
class HostileFilesTest {
    @TempDir
    Path tmp;

    interface Setup {
        void apply(Path acme, Path tmp) throws IOException;
    }

    static Stream<Arguments> cases() {
        String svgScript = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";
        return Stream.of(
                Arguments.of(
                        "report.html",
                        (Setup) (a, t) -> Files.writeString(a.resolve("report.html"), "<script>alert(1)</script>"),
                        "report.html",
                        "a web page ('report.html') cannot be an attachment"),
                Arguments.of(
                        "REPORT.XHTML",
                        (Setup) (a, t) -> Files.writeString(a.resolve("REPORT.XHTML"), "x"),
                        "REPORT.XHTML",
                        "cannot be an attachment"),
                Arguments.of(
                        "script in svg",
                        (Setup) (a, t) -> Files.writeString(a.resolve("org.svg"), svgScript),
                        "org.svg:1:",
                        "the drawing contains <script>"),
                Arguments.of(
                        "page in a .txt",
                        (Setup) (a, t) -> Files.writeString(a.resolve("minutes.txt"), "<html><body onload=alert(1)>"),
                        "minutes.txt",
                        "holds a web page or XML"),
                Arguments.of(
                        "page without extension",
                        (Setup) (a, t) ->
                                Files.writeString(a.resolve("README"), "\n  <!doctype html><script>alert(1)</script>"),
                        "README",
                        "holds a web page or XML"),
                Arguments.of(
                        "index.html folder",
                        (Setup) (a, t) -> {
                            Files.createDirectories(a.resolve("index.html"));
                            Files.writeString(a.resolve("index.html/logo.png"), "png");
                        },
                        "accounts/acme/index.html:",
                        "takes the address of the account's page"),
                Arguments.of(
                        "INDEX.HTML folder",
                        (Setup) (a, t) -> {
                            Files.createDirectories(a.resolve("INDEX.HTML"));
                            Files.writeString(a.resolve("INDEX.HTML/logo.png"), "png");
                        },
                        "accounts/acme/INDEX.HTML:",
                        "on Windows and macOS"),
                Arguments.of(
                        "note folder n.html",
                        (Setup) (a, t) -> {
                            Files.createDirectories(a.resolve("notes/visit.html"));
                            Files.writeString(a.resolve("notes/visit.html/photo.png"), "png");
                        },
                        "notes/visit.html:",
                        "takes the address of the page of the note visit.md"),
                Arguments.of(
                        "Report.pdf and report.pdf",
                        (Setup) (a, t) -> {
                            Files.writeString(a.resolve("Report.pdf"), "%PDF");
                            Files.writeString(a.resolve("report.pdf"), "%PDF");
                        },
                        "report.pdf:",
                        "are one name on Windows and macOS"),
                Arguments.of(
                        "a colon in a name",
                        (Setup) (a, t) -> Files.writeString(a.resolve("Q&A: prices.pdf"), "%PDF"),
                        "Q&A: prices.pdf:",
                        "contains ':'"),
                Arguments.of(
                        "swot.markdown",
                        (Setup) (a, t) -> Files.writeString(a.resolve("swot.markdown"), "# SWOT"),
                        "swot.markdown:",
                        "hint: rename it to 'swot.md'"),
                Arguments.of(
                        "symlinked folder",
                        (Setup) (a, t) -> Files.createSymbolicLink(
                                a.resolve("shared"), Files.createDirectories(t.resolve("content/shared"))),
                        "shared:",
                        "this is a symbolic link"),
                Arguments.of(
                        "symlink out",
                        (Setup) (a, t) -> Files.createSymbolicLink(
                                a.resolve("passwd.txt"), Files.writeString(t.resolve("secret"), "root:x")),
                        "passwd.txt:",
                        "outside the content folder"),
                Arguments.of(
                        "hard link out",
                        (Setup) (a, t) -> Files.createLink(
                                a.resolve("deck.pdf"), Files.writeString(t.resolve("secret.pdf"), "%PDF secret")),
                        "deck.pdf:",
                        "hard link"));
    }

    private int run(ByteArrayOutputStream err, String... args) {
        return Main.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                Stages.standard());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateNamesTheFileAndBuildLeavesTheSiteAsItWas(String name, Setup setup, String where, String says)
            throws IOException {
        Path content = tmp.resolve("content");
        Path acme = Files.createDirectories(content.resolve("accounts/acme"));
        Files.createDirectories(acme.resolve("notes"));
        Files.writeString(acme.resolve("account.yaml"), "name: Acme\nowner: Jan\n");
        Files.writeString(acme.resolve("notes/visit.md"), "---\ntitle: Visit\ndate: 2026-01-01\n---\nText\n");
        Files.writeString(acme.resolve("deck-2025.pdf"), "%PDF-1.7");
        Path site = tmp.resolve("site");
        String c = content.toString();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        assertEquals(0, run(first, "build", "--content", c, "--output", site.toString()), first.toString());
        var before = FailedBuildTest.snapshot(site);

        setup.apply(acme, tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "validate", "--content", c));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(where) && text.contains(says), text);
        assertTrue(text.lines().filter(l -> l.contains(where)).allMatch(l -> l.contains(": error: ")), text);

        ByteArrayOutputStream buildErr = new ByteArrayOutputStream();
        assertEquals(1, run(buildErr, "build", "--content", c, "--output", site.toString()));
        assertTrue(buildErr.toString(StandardCharsets.UTF_8).contains(says), buildErr.toString(StandardCharsets.UTF_8));
        assertEquals(before, FailedBuildTest.snapshot(site));
        try (Stream<Path> siblings = Files.list(tmp)) {
            List<String> names = siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("staging"))
                    .toList();
            assertEquals(List.of(), names, "no staging folder is left behind");
        }
    }
}
