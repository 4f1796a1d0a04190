package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keyplan import} on the command line: what it prints, what it writes and how it exits. */
class ImportCommandTest {
    static final Path FIXTURES = Path.of("src/test/resources/intake");

    @TempDir
    Path dir;

    Path content;
    String out;
    String err;

    @BeforeEach
    void copyContent() throws IOException {
        content = dir.resolve("content");
        Path from = FIXTURES.resolve("content");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = content.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.addAll(List.of("--content", content.toString()));
        CliRun run = CliRun.of(all, Map.of("SOURCE_DATE_EPOCH", "1795910400"), "2026-11-29T10:00:00Z");
        out = run.out();
        err = run.err();
        return run.code();
    }

    String[] salesforce(String... more) {
        List<String> a = new ArrayList<>(List.of(
                FIXTURES.resolve("salesforce.csv").toString(),
                "--map",
                "name=Account Name",
                "--map",
                "owner=Account Owner",
                "--map",
                "industry=Industry",
                "--map",
                "region=Billing Country",
                "--map",
                "revenue.2026=Annual Revenue"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void aDryRunSaysPerAccountWhatWouldChangeAndWritesNothing() throws IOException {
        String before = Files.readString(content.resolve("accounts/acme-industries/account.yaml"));
        assertEquals(0, run(salesforce()), err);
        assertEquals("""
                acme-industries: updated: industry Steel -> Steel, metals
                acme-industries: updated: region Benelux -> Belgium
                acme-industries: updated: business_review.revenue.2026 (none) -> 1020000
                bakker-foods: updated: region (none) -> Netherlands
                bakker-foods: updated: business_review.revenue.2026 (none) -> 310500.5
                zeeland-blue-ports: new
                1 new account, 2 updated, 0 unchanged. This was a dry run: nothing was written; add --write to apply.
                """, out);
        assertEquals(before, Files.readString(content.resolve("accounts/acme-industries/account.yaml")));
        assertTrue(Files.notExists(content.resolve("accounts/zeeland-blue-ports")));
    }

    @Test
    void writeAppliesAndASecondRunHasNothingToDo() throws IOException {
        assertEquals(0, run(salesforce("--write")), err);
        assertTrue(out.endsWith("1 new account, 2 updated, 0 unchanged: written.\n"), out);
        assertTrue(Files.isRegularFile(content.resolve("accounts/zeeland-blue-ports/account.yaml")));
        assertEquals(0, run(salesforce("--write")), err);
        assertEquals("""
                acme-industries: unchanged
                bakker-foods: unchanged
                zeeland-blue-ports: unchanged
                0 new accounts, 0 updated, 3 unchanged: nothing to write.
                """, out);
        CliRun validate =
                CliRun.of(List.of("validate", "--content", content.toString()), Map.of(), "2026-11-29T10:00:00Z");
        assertEquals(0, validate.code(), validate.out());
    }

    @Test
    void errorsGoToStderrWithFileRowAndColumnAndExitOne() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Name,Revenue\nAcme Industries,lots\n");
        assertEquals(1, run(csv.toString(), "--map", "name=Name", "--map", "revenue.2026=Revenue", "--write"));
        assertEquals(
                csv + ":2:2: error: revenue.2026 (column 2, 'Revenue'): 'lots' is not a number\n"
                        + "    hint: write the amount in digits, e.g. 1234567 or 1.234.567,00\n",
                err);
        assertEquals("Import stopped: 1 error; nothing was written.\n", out);
    }

    @Test
    void usageProblemsExitTwo() {
        assertEquals(2, run(dir.resolve("missing.csv").toString(), "--map", "name=Name"));
        assertTrue(err.contains("the file to import"), err);
        assertEquals(2, run(FIXTURES.resolve("salesforce.csv").toString(), "--decimal", ";"));
        assertTrue(err.contains("--decimal takes , or ."), err);
        assertEquals(2, run(FIXTURES.resolve("salesforce.csv").toString(), "--date-format", "YYYY"));
    }
}
