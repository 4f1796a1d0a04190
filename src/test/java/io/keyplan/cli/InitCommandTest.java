package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyplan init} as a new user runs it: the repository it makes validates and builds
 * (internal and public) without an error or a warning, and a folder that is not empty is refused.
 */
class InitCommandTest {
    @TempDir
    Path dir;

    final Map<String, String> env = new HashMap<>();
    String out;
    String err;

    int run(String... args) {
        CliRun run = CliRun.of(List.of(args), env, "2026-11-29T10:00:00Z");
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void theNewRepositoryValidatesAndBuildsWithoutAWarning() throws Exception {
        Path repo = dir.resolve("new/kam-plans");
        assertEquals(0, run("init", repo.toString()), err);
        assertTrue(out.startsWith("Created a KeyPlan content repository in " + repo + ":\n"), out);
        assertTrue(out.contains("\n  content/accounts/example-customer/account.yaml\n"), out);
        assertTrue(out.contains("\n  schema/account.schema.json\n"), out);
        assertTrue(out.contains("Next steps:\n  cd " + repo + "\n"), out);
        assertTrue(out.contains("keyplan serve"), out);
        assertTrue(out.contains("not a release"), "run from classes, the version is 'dev': " + out);

        String content = repo.resolve("content").toString();
        assertEquals(0, run("validate", "--content", content), err);
        assertTrue(out.contains("Checked 1 account: 0 warnings, 0 errors."), out + err);
        assertEquals("", err);

        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", content, "--output", site.toString()), err);
        assertTrue(out.contains("0 warnings, 0 errors."), out);
        // Only the note that a folder outside git has no history pages.
        assertFalse(err.contains("warning") || err.contains("error"), err);
        Document page = Jsoup.parse(site.resolve("pages/how-we-work.html").toFile());
        assertEquals(
                "Customer attractiveness Weight Revenue potential 30 Profitability 25 Strategic fit 25"
                        + " Innovation potential 20",
                page.select("main table").first().text(),
                "the page shows portal.yaml's criteria");
        assertTrue(page.select("main").text().contains("At Your Company Ltd a key account"), page.text());
        assertTrue(Files.isRegularFile(site.resolve("accounts/example-customer/index.html")));

        assertEquals(
                0,
                run("build", "--strict", "--profile", "public", "--content", content, "--output", site.toString()),
                err);
        assertTrue(out.contains("0 warnings, 0 errors."), out);
    }

    @Test
    void aFolderThatIsNotEmptyIsAUsageErrorAndKeepsItsFiles() throws Exception {
        Files.writeString(dir.resolve("mine.txt"), "mine");
        assertEquals(2, run("init", dir.toString()));
        assertTrue(err.contains("keyplan init: the folder '" + dir + "' is not empty"), err);
        assertEquals("", out);
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
        assertEquals("mine", Files.readString(dir.resolve("mine.txt")));
    }

    @Test
    void withoutAFolderItSaysWhatIsMissing() {
        assertEquals(2, run("init"));
        assertTrue(err.contains("DIR"), err);
        assertFalse(err.contains("Exception"), err);
    }
}
