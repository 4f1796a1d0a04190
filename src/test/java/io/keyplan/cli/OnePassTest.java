package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run reports every error of a portfolio: a syntax error in one account does not hide the
 * mistakes of the others, and a file's broken references come with its type errors.
 */
class OnePassTest {
    private static final String ROOT = "src/test/resources/cli/one-pass";

    @TempDir
    Path dir;

    String out;
    String err;

    private int run(String... args) {
        CliRun run = CliRun.of(List.of(args), Map.of(), "2026-03-01T10:00:00Z");
        out = run.out();
        err = run.err();
        return run.code();
    }

    private static final String ERRORS = ROOT
            + "/accounts/broken/account.yaml:4:1: error: the list in brackets or the set in braces is not closed properly\n"
            + "    hint: separate the items with ', ' and close a '[' with ']' and a '{' with '}'; put items with ': ' in quotes\n"
            + ROOT + "/accounts/refs/account.yaml:5:17: error: 'reports_to' names \"Carla\", who is not a key player\n"
            + "    hint: the key players are: Bert\n"
            + ROOT
            + "/accounts/refs/account.yaml:9:25: error: 'customer_contact' names \"Bart\", who is not a key player"
            + " (did you mean 'Bert'?)\n"
            + "    hint: the key players are: Bert\n"
            + ROOT
            + "/accounts/typed/account.yaml:3:17: error: 'customer_since' must be a whole number from 1800 to 2200,"
            + " got \"soon\"\n"
            + ROOT
            + "/accounts/typed/account.yaml:6:18: error: 'our_contact' names \"Piet\", who is not a member of the"
            + " team\n"
            + "    hint: there are no team members (team.members) yet\n";

    @Test
    void validateReportsSyntaxTypeAndReferenceErrorsOfEveryAccountInOneRun() {
        assertEquals(1, run("validate", "--content", ROOT));
        assertEquals(ERRORS, err);
        assertEquals("Checked 2 accounts (1 account could not be read): 0 warnings, 5 errors.\n", out);
    }

    @Test
    void buildReportsTheSameAndWritesNothing() {
        Path site = dir.resolve("site");
        assertEquals(1, run("build", "--content", ROOT, "--output", site.toString()));
        assertTrue(err.endsWith(ERRORS), err);
        assertEquals(
                "Not built: 0 warnings, 5 errors in 3 files (1 account could not be read); " + site
                        + " was left as it was.\n",
                out);
        assertFalse(Files.exists(site));
    }
}
