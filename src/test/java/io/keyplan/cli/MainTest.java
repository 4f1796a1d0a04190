package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.pipeline.FakeStages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    final FakeStages stages = new FakeStages();
    final Map<String, String> env = new HashMap<>();
    String out;
    String err;

    @BeforeEach
    void content() throws IOException {
        Files.createDirectories(dir.resolve("content"));
    }

    int run(String... args) {
        CliRun run = CliRun.of(List.of(args), env, "2026-03-01T10:00:00Z", stages);
        out = run.out();
        err = run.err();
        return run.code();
    }

    String[] build(String... more) {
        // No --theme: the default (site-theme, or the built-in theme without that folder).
        String[] base = {
            "build",
            "--content",
            dir.resolve("content").toString(),
            "--output",
            dir.resolve("_site").toString()
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void buildWithWarningsSucceedsAndSummarises() {
        stages.warnings = 1;
        assertEquals(0, run(build()));
        assertTrue(out.matches("Built 0 accounts, 2 pages in \\d+\\.\\d s: 1 warning, 0 errors\\.\\n"), out);
        assertTrue(err.contains("content/accounts/acme/account.yaml:9:3: warning: the plan was last reviewed"), err);
        assertTrue(Files.isRegularFile(dir.resolve("_site/accounts/acme/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("_site/.keyplan-site")));
        assertTrue(Files.isRegularFile(dir.resolve("_site/schema/account.schema.json")));
        assertTrue(Files.isRegularFile(dir.resolve("_site/schema/portal.schema.json")));
        assertTrue(Files.isRegularFile(dir.resolve("_site/schema/note.schema.json")));
        assertFalse(Files.exists(dir.resolve("_site/sitemap.xml")), "no base_url, no sitemap");
    }

    @Test
    void theCommandEndsWithThePreviousSiteGoneNotBesideTheOutput() throws IOException {
        assertEquals(0, run(build()));
        // A previous site big enough that deleting it takes a while: the command must wait for it.
        Path many = Files.createDirectories(dir.resolve("_site/many"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(many.resolve(i + ".html"), "page " + i);
        }
        assertEquals(0, run(build()));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(
                    List.of("_site", "content"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(dir.resolve("_site/many")));
    }

    @Test
    void aThemeFolderNamedOnPurposeMustExist() {
        String[] args = {
            "build",
            "--content",
            dir.resolve("content").toString(),
            "--theme",
            dir.resolve("no-theme").toString(),
            "--output",
            dir.resolve("_site").toString()
        };
        assertEquals(2, run(args));
        assertTrue(err.contains("the theme folder " + dir.resolve("no-theme") + " does not exist"), err);
        assertFalse(Files.exists(dir.resolve("_site")), "nothing is built with another theme than the one named");
    }

    @Test
    void baseUrlMustBeAWebAddress() {
        assertEquals(2, run(build("--base-url", "acme.github.io/kam")));
        assertTrue(err.contains("--base-url must be an http or https address"), err);
        assertFalse(Files.exists(dir.resolve("_site")));
        assertEquals(0, run(build("--base-url", "https://acme.github.io/kam")));
        assertTrue(Files.isRegularFile(dir.resolve("_site/sitemap.xml")), "--base-url alone gives a sitemap");
    }

    @Test
    void theCacheFolderGoesToTheHistory() {
        assertEquals(0, run(build()));
        assertFalse(stages.historyCache.enabled(), "no --cache, no cache");
        assertEquals(0, run(build("--cache", dir.resolve("cache").toString())));
        assertEquals(dir.resolve("cache").resolve("history"), stages.historyCache.folder());
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        stages.warnings = 2;
        assertEquals(1, run(build("--strict")));
        assertTrue(err.contains(": error: the plan was last reviewed"), err);
        assertTrue(out.contains("0 warnings, 2 errors"), out);
        assertFalse(Files.exists(dir.resolve("_site")));
    }

    @Test
    void contentErrorsExitOneWithHint() {
        stages.errors = 1;
        assertEquals(1, run("validate", "--content", dir.resolve("content").toString()));
        assertEquals(
                "content/accounts/acme/account.yaml:3:7: error: unknown key 'nmae'\n    hint: did you mean 'name'?\n",
                err);
        assertEquals("Checked 0 accounts: 0 warnings, 1 error.\n", out);
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndNoStackTrace() {
        assertEquals(2, run("build", "--profile", "secret"));
        assertTrue(err.startsWith("keyplan: Invalid value for option '--profile'"), err);
        assertTrue(err.contains("Try 'keyplan build --help'"), err);
        assertFalse(err.contains("\tat "), err);
        assertEquals(2, run("validate", "--format", "xml"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
    }

    @Test
    void invalidSourceDateEpochIsAUsageError() {
        env.put("SOURCE_DATE_EPOCH", "yesterday");
        assertEquals(2, run(build()));
        assertTrue(err.contains("SOURCE_DATE_EPOCH"), err);
    }

    @Test
    void dangerousOutputIsRefused() {
        assertEquals(2, run("build", "--content", dir.resolve("content").toString(), "--output", dir.toString()));
        assertTrue(err.contains("is or contains"), err);
    }

    @Test
    void internalProblemExitsThreeAndLeavesPreviousSiteUnchanged() throws IOException {
        assertEquals(0, run(build()));
        Map<String, String> before = snapshot(dir.resolve("_site"));
        stages.renderFailure = new IllegalStateException("boom");
        assertEquals(3, run(build()));
        assertEquals(
                "KeyPlan stopped because of an internal problem: boom. Nothing was written. Please report it.\n", err);
        assertEquals(before, snapshot(dir.resolve("_site")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(
                    0, s.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no staging folder left");
        }
    }

    @Test
    void jsonFormatIsTheWholeOfStdout() {
        stages.errors = 1;
        assertEquals(1, run("validate", "--content", dir.resolve("content").toString(), "--format", "json"));
        assertTrue(out.startsWith("{") && out.strip().endsWith("}"), out);
        assertTrue(out.contains("\"rule\" : \"unknown-key\""), out);
        assertTrue(err.contains("Checked 0 accounts"), err);
    }

    @Test
    void githubFormatAppendsStepSummary() throws IOException {
        stages.errors = 1;
        Path summary = dir.resolve("summary.md");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        assertEquals(1, run("validate", "--content", dir.resolve("content").toString(), "--format", "github"));
        assertTrue(
                out.startsWith(
                        "::error file=content/accounts/acme/account.yaml,line=3,col=7,title=unknown-key::unknown key 'nmae'%0Ahint: "),
                out);
        assertTrue(Files.readString(summary)
                .contains("| error | content/accounts/acme/account.yaml | 3:7 | unknown-key |"));
    }

    @Test
    void versionAndSchema() {
        assertEquals(0, run("--version"));
        assertEquals("KeyPlan dev\n", out);
        assertEquals(0, run("schema"));
        assertTrue(out.contains("\"$schema\" : \"http://json-schema.org/draft-07/schema#\""));
        assertTrue(out.contains("account.schema.json"));
        assertEquals(0, run("schema", "portal"));
        assertTrue(out.contains("\"$id\" : \"https://keyplan.io/schema/portal.schema.json\""));
        assertEquals(0, run("schema", "note"));
        assertTrue(out.contains("\"$id\" : \"https://keyplan.io/schema/note.schema.json\""));
        assertEquals(2, run("schema", "plan"));
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return files;
    }

    @Test
    void theSystemClockIsTheDefaultZonesClockLookedUpWhenAsked() {
        Clock clock = new Main.SystemClock();
        assertEquals(java.time.ZoneId.systemDefault(), clock.getZone());
        long before = System.currentTimeMillis();
        long millis = clock.millis();
        Instant now = clock.instant();
        long after = System.currentTimeMillis();
        assertTrue(before <= millis && millis <= after, millis + " in " + before + ".." + after);
        assertTrue(!now.isBefore(Instant.ofEpochMilli(before)) && !now.isAfter(Instant.ofEpochMilli(after + 1)));
        Clock utc = clock.withZone(ZoneOffset.UTC);
        assertEquals(ZoneOffset.UTC, utc.getZone());
    }
}
