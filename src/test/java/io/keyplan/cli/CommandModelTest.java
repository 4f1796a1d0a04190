package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.pipeline.FakeStages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line registers only the subcommand its first argument names (picocli's model of the
 * others costs start-up time): help, versions, usage errors and their exit codes must be exactly
 * those of the command line with every subcommand.
 */
class CommandModelTest {
    @TempDir
    Path dir;

    CliRun run(boolean every, String... args) {
        return CliRun.capture((out, err) -> Main.run(
                args,
                out,
                err,
                new HashMap<>(Map.of("SOURCE_DATE_EPOCH", "1772323200")),
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
                new FakeStages(),
                every));
    }

    /** Every command line that must not do any work: help, version and usage errors of each command. */
    static Stream<List<String>> commandLines() {
        List<List<String>> all = new ArrayList<>();
        for (List<String> top : List.of(
                List.<String>of(),
                List.of("--help"),
                List.of("-h"),
                List.of("--version"),
                List.of("-V"),
                List.of("help"),
                List.of("help", "build"),
                List.of("frobnicate"),
                List.of("buidl"),
                List.of("bild", "--help"),
                List.of("BUILD", "--help"),
                List.of("--frob"),
                List.of("--help", "build"),
                List.of("--version", "build"))) {
            all.add(top);
        }
        for (String command : Main.COMMANDS) {
            all.add(List.of(command, "--help"));
            all.add(List.of(command, "-h"));
            all.add(List.of(command, "--version"));
            all.add(List.of(command, "-V"));
            all.add(List.of(command, "--nonsense"));
            all.add(List.of(command, "extra1", "extra2", "extra3"));
            all.add(List.of(command, "--help", "build"));
        }
        all.add(List.of("new"));
        all.add(List.of("new", "account", "--help"));
        all.add(List.of("new", "note", "--help"));
        all.add(List.of("new", "account", "--version"));
        all.add(List.of("new", "account"));
        all.add(List.of("new", "note"));
        all.add(List.of("new", "thing"));
        all.add(List.of("new", "accoutn", "x"));
        all.add(List.of("new", "account", "x", "--nonsense"));
        all.add(List.of("build", "--profile", "secret"));
        all.add(List.of("build", "--content"));
        all.add(List.of("build", "--base-url", "ftp://x"));
        all.add(List.of("build", "validate"));
        all.add(List.of("validate", "--format", "xml"));
        all.add(List.of("validate", "--format", "JSON", "--content"));
        all.add(List.of("schema", "plan"));
        all.add(List.of("schema", "portal", "extra"));
        all.add(List.of("serve", "--port", "abc"));
        all.add(List.of("import"));
        all.add(List.of("import", "--decimal"));
        all.add(List.of("init", "a", "b"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void onlyTheNamedCommandAnswersAsAllOfThemWould(List<String> args) {
        String[] a = args.toArray(String[]::new);
        CliRun every = run(true, a);
        CliRun one = run(false, a);
        assertEquals(every, one, String.join(" ", args));
        assertTrue(every.code() == ExitCode.OK || every.code() == ExitCode.USAGE, every.toString());
    }

    @Test
    void aCommandThatWorksGivesTheSameResultEitherWay() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        CliRun every = run(true, "schema", "portal");
        CliRun one = run(false, "schema", "portal");
        assertEquals(every, one);
        assertEquals(0, one.code());
        assertTrue(one.out().contains("portal.schema.json"), one.out());
        String content = dir.resolve("content").toString();
        CliRun checkedEvery = run(true, "validate", "--content", content);
        CliRun checkedOne = run(false, "validate", "--content", content);
        assertEquals(checkedEvery, checkedOne);
        assertTrue(checkedOne.out().startsWith("Checked 0 accounts"), checkedOne.toString());
    }

    @Test
    void aFirstArgumentThatNamesACommandRegistersOnlyThatOne() {
        Context context = new Context(System.out, System.err, Map.of(), Clock.systemUTC(), new FakeStages(), dir, dir);
        for (String command : Main.COMMANDS) {
            CommandLine cmd = Main.commandLine(context, command);
            assertEquals(List.of(command), List.copyOf(cmd.getSubcommands().keySet()));
        }
        assertEquals(
                Main.COMMANDS,
                List.copyOf(Main.commandLine(context, null).getSubcommands().keySet()));
        assertEquals(
                Main.COMMANDS,
                List.copyOf(
                        Main.commandLine(context, "@args.txt").getSubcommands().keySet()));
        assertEquals(
                List.of("account", "note"),
                List.copyOf(Main.commandLine(context, "new")
                        .getSubcommands()
                        .get("new")
                        .getSubcommands()
                        .keySet()));
    }

    @Test
    void helpListsImportAfterNew() {
        CliRun help = run(false, "--help");
        assertEquals(0, help.code());
        List<Integer> at = new ArrayList<>();
        for (String command : Main.COMMANDS) {
            int i = help.out().indexOf("\n  " + command + " ");
            assertTrue(i > 0, command + " in " + help.out());
            at.add(i);
        }
        assertEquals(at.stream().sorted().toList(), at, help.out());
        assertTrue(help.out().contains("  import    Creates and updates accounts from a CSV export"), help.out());
    }

    @Test
    void eachCommandsHelpAndErrorsNameIt() {
        for (String command : Main.COMMANDS) {
            CliRun help = run(false, command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().startsWith("Usage: keyplan " + command + " "), help.out());
            assertEquals("", help.err());
            CliRun version = run(false, command, "--version");
            assertEquals(new CliRun(0, "KeyPlan dev\n", ""), version);
            CliRun wrong = run(false, command, "--nonsense");
            assertEquals(ExitCode.USAGE, wrong.code(), command);
            // init and import ask for their folder or file first
            assertTrue(
                    wrong.err().startsWith("keyplan: Unknown option: '--nonsense'")
                            || wrong.err().startsWith("keyplan: Missing required parameter: '"),
                    wrong.err());
            assertTrue(
                    wrong.err().endsWith("Try 'keyplan " + command + " --help' for more information.\n"), wrong.err());
        }
        CliRun unknown = run(false, "frobnicate");
        assertEquals(
                new CliRun(
                        2,
                        "",
                        "keyplan: Unmatched argument at index 0: 'frobnicate'\n"
                                + "Try 'keyplan --help' for more information.\n"),
                unknown);
        CliRun help = run(false, "help", "build");
        assertEquals(
                new CliRun(
                        2,
                        "",
                        "keyplan: Unmatched argument at index 0: 'help'\nTry 'keyplan --help' for more information.\n"),
                help);
        CliRun none = run(false);
        assertEquals(
                new CliRun(
                        2,
                        "",
                        "keyplan: Missing command: init, new, import, build, validate, serve or schema\n"
                                + "Try 'keyplan --help' for more information.\n"),
                none);
    }
}
