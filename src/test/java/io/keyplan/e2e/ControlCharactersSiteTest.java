package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content with control characters and noncharacters in every kind of file (the fixture of
 * load.ControlCharactersTest) builds with warnings, and no file of the site holds one of those
 * characters: not the pages, the search index, the data files or the print pages.
 */
class ControlCharactersSiteTest {
    private static final String FIXTURE = "src/test/resources/load/control-characters";

    @TempDir
    Path tmp;

    private CliRun build(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", FIXTURE, "--output", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args, Map.of("SOURCE_DATE_EPOCH", "1795392000"), "2026-11-23T10:00:00Z");
    }

    @Test
    void noFileOfTheSiteHoldsOne() throws Exception {
        for (String profile : List.of("internal", "public")) {
            Path site = tmp.resolve(profile);
            CliRun run = build(site, "--profile", profile);
            assertEquals(0, run.code(), () -> run.out() + run.err());
            assertTrue(
                    run.err().contains("swot.md:3:6: warning: an invisible line break character (\\x0B)"), run.err());
            List<String> found = new ArrayList<>();
            List<Path> files;
            try (Stream<Path> s = Files.walk(site)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                text.codePoints()
                        .filter(io.keyplan.text.ControlText::isForbidden)
                        .findFirst()
                        .ifPresent(cp -> found.add(site.relativize(f) + ": " + Integer.toHexString(cp)));
            }
            assertTrue(found.isEmpty(), profile + ": " + found);
            assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("how.html")), "the free page is built");
            if (profile.equals("internal")) {
                assertTrue(files.stream().anyMatch(f -> f.endsWith(Path.of("data", "portfolio.json"))));
                String page = Files.readString(site.resolve("accounts/acme/index.html"));
                assertTrue(page.contains("Acme Corp"), "the cleaned name is shown");
                assertTrue(page.contains("Steel and iron"));
            }
        }
    }

    /** Warnings, so a build goes on; {@code --strict} makes them errors, as every warning. */
    @Test
    void strictMakesThemErrors() {
        CliRun plain = CliRun.of(
                List.of("validate", "--content", FIXTURE),
                Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                "2026-11-23T10:00:00Z");
        assertEquals(0, plain.code(), () -> plain.out() + plain.err());
        CliRun strict = CliRun.of(
                List.of("validate", "--strict", "--content", FIXTURE),
                Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                "2026-11-23T10:00:00Z");
        assertEquals(1, strict.code(), () -> strict.out() + strict.err());
        assertTrue(
                strict.err().contains("portal.yaml:1:12: error: an invisible control character (\\x01) was left out"),
                strict.err());
    }

    /** The pages that held such characters pass the Nu HTML Checker. */
    @Test
    void thePagesAreValidHtml() throws Exception {
        Path site = tmp.resolve("site");
        CliRun run = build(site);
        assertEquals(0, run.code(), () -> run.out() + run.err());
        List<Path> pages = ExampleBuild.htmlPages(site).stream()
                .filter(p -> p.toString().contains("acme") || p.toString().contains("how"))
                .toList();
        assertTrue(pages.size() >= 3, pages::toString);
        List<String> errors = HtmlValidityTest.check(site, pages);
        assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
    }

    /** What the test looks for is there when the cleaning is not: the scan can fail. */
    @Test
    void theScanSeesSuchACharacter() throws IOException {
        assertTrue("a\u0001b".codePoints().anyMatch(io.keyplan.text.ControlText::isForbidden));
        assertTrue("\uFDD0".codePoints().anyMatch(io.keyplan.text.ControlText::isForbidden));
    }
}
