package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.pipeline.FakeStages;
import io.keyplan.site.Audience;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@link PlainArguments} reads a command line exactly as picocli does, or leaves it to picocli: for
 * every command line it reads, picocli (configured as {@link Main} configures it) fills in the same
 * values.
 */
class PlainArgumentsTest {
    private static final Context CONTEXT =
            new Context(System.out, System.err, Map.of(), Clock.systemUTC(), new FakeStages(), Path.of("."), null);

    /** The values a build command holds after parsing, for comparison. */
    static List<Object> values(BuildCommand c) {
        return Arrays.asList(c.source.content, c.source.strict, c.theme.theme, c.output, c.profile, c.baseUrl, c.cache);
    }

    static List<Object> values(ValidateCommand c) {
        return Arrays.asList(c.source.content, c.source.strict, c.format, c.profile);
    }

    /** What picocli makes of {@code args}, as {@link Main#run} configures it; empty when it rejects them. */
    static Optional<Object> picocli(String... args) {
        CommandLine cmd = Main.commandLine(CONTEXT, args[0]);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(Path.class, Path::of);
        try {
            CommandLine.ParseResult parsed = cmd.parseArgs(args);
            CommandLine.ParseResult sub = parsed.subcommand();
            if (parsed.isUsageHelpRequested()
                    || parsed.isVersionHelpRequested()
                    || sub == null
                    || sub.isUsageHelpRequested()
                    || sub.isVersionHelpRequested()) {
                return Optional.empty();
            }
            return Optional.of(sub.commandSpec().userObject());
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    /** Command lines of build: plain ones, which are read here, and others, which go to picocli. */
    static Stream<List<String>> buildLines() {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("build"));
        all.add(List.of("build", "--content", "content", "--output", "/tmp/site"));
        all.add(List.of("build", "--output=out", "--content=c"));
        all.add(List.of(
                "build",
                "--content",
                "c",
                "--theme",
                "t",
                "--output",
                "o",
                "--profile",
                "public",
                "--base-url",
                "https://acme.example/kam/",
                "--cache",
                "k",
                "--strict"));
        all.add(List.of("build", "--profile", "PUBLIC"));
        all.add(List.of("build", "--profile", "Internal"));
        all.add(List.of("build", "--profile=public", "--strict"));
        all.add(List.of("build", "--base-url=https://x.example/?a=b"));
        all.add(List.of("build", "--output", "a b/with spaces"));
        all.add(List.of("build", "--output", "jürgen"));
        // To picocli: help, version, errors, forms picocli has rules of its own for.
        all.add(List.of("build", "--help"));
        all.add(List.of("build", "-h"));
        all.add(List.of("build", "--version"));
        all.add(List.of("build", "--content"));
        all.add(List.of("build", "--content", "a", "--content", "b"));
        all.add(List.of("build", "--strict", "--strict"));
        all.add(List.of("build", "--strict=true"));
        all.add(List.of("build", "--profile", "secret"));
        all.add(List.of("build", "--profile", " public"));
        all.add(List.of("build", "--output", "-o"));
        all.add(List.of("build", "--output", "@args.txt"));
        all.add(List.of("build", "@args.txt"));
        all.add(List.of("build", "--output="));
        all.add(List.of("build", "--output", ""));
        all.add(List.of("build", "--format", "json"));
        all.add(List.of("build", "--Output", "o"));
        all.add(List.of("build", "--out", "o"));
        all.add(List.of("build", "extra"));
        all.add(List.of("build", "--", "--output", "o"));
        all.add(List.of("build", "--output", "o", "extra"));
        return all.stream();
    }

    static Stream<List<String>> validateLines() {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("validate"));
        all.add(List.of("validate", "--content", "content"));
        all.add(List.of("validate", "--content=c", "--format", "json", "--profile", "public", "--strict"));
        all.add(List.of("validate", "--format", "GitHub"));
        all.add(List.of("validate", "--format=TEXT"));
        all.add(List.of("validate", "--format", "xml"));
        all.add(List.of("validate", "--format", "json", "--format", "text"));
        all.add(List.of("validate", "--output", "o"));
        all.add(List.of("validate", "--theme", "t"));
        all.add(List.of("validate", "--help"));
        all.add(List.of("validate", "-V"));
        all.add(List.of("validate", "--content"));
        all.add(List.of("validate", "x"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("buildLines")
    void buildIsReadAsPicocliReadsIt(List<String> args) {
        String[] a = args.toArray(String[]::new);
        Optional<BuildCommand> plain = PlainArguments.build(a, new BuildCommand(CONTEXT));
        Optional<Object> picocli = picocli(a);
        if (plain.isPresent()) {
            assertTrue(picocli.isPresent(), "picocli rejects what was read: " + args);
            assertEquals(values((BuildCommand) picocli.get()), values(plain.get()), String.join(" ", args));
        }
        if (picocli.isEmpty()) {
            assertFalse(plain.isPresent(), String.join(" ", args));
        }
    }

    @ParameterizedTest
    @MethodSource("validateLines")
    void validateIsReadAsPicocliReadsIt(List<String> args) {
        String[] a = args.toArray(String[]::new);
        Optional<ValidateCommand> plain = PlainArguments.validate(a, new ValidateCommand(CONTEXT));
        Optional<Object> picocli = picocli(a);
        if (plain.isPresent()) {
            assertTrue(picocli.isPresent(), "picocli rejects what was read: " + args);
            assertEquals(values((ValidateCommand) picocli.get()), values(plain.get()), String.join(" ", args));
        }
        if (picocli.isEmpty()) {
            assertFalse(plain.isPresent(), String.join(" ", args));
        }
    }

    @org.junit.jupiter.api.Test
    void plainCommandLinesAreReadWithoutPicocli() {
        // The first lines of each list are plain: they must be read here, not left to picocli.
        buildLines()
                .limit(10)
                .forEach(args -> assertTrue(
                        PlainArguments.build(args.toArray(String[]::new), new BuildCommand(CONTEXT))
                                .isPresent(),
                        args.toString()));
        validateLines()
                .limit(5)
                .forEach(args -> assertTrue(
                        PlainArguments.validate(args.toArray(String[]::new), new ValidateCommand(CONTEXT))
                                .isPresent(),
                        args.toString()));
    }

    @org.junit.jupiter.api.Test
    void theCommandLinesOfCiAndTheBenchmarkAreReadWithoutPicocli() {
        BuildCommand b = PlainArguments.build(
                        new String[] {"build", "--content", "content", "--output", "/tmp/s", "--profile", "public"},
                        new BuildCommand(CONTEXT))
                .orElseThrow();
        assertEquals(
                Arrays.asList(Path.of("content"), false, null, Path.of("/tmp/s"), Audience.PUBLIC, null, null),
                values(b));
        ValidateCommand v = PlainArguments.validate(
                        new String[] {"validate", "--content", "c", "--format", "github"}, new ValidateCommand(CONTEXT))
                .orElseThrow();
        assertEquals(Arrays.asList(Path.of("c"), false, OutputFormat.GITHUB, Audience.INTERNAL), values(v));
        assertTrue(PlainArguments.read(new String[] {"build"}, CONTEXT).isPresent());
        assertTrue(PlainArguments.read(new String[] {"validate", "--strict"}, CONTEXT)
                .isPresent());
        for (String other : List.of("serve", "init", "schema", "new", "import", "--help", "BUILD")) {
            assertTrue(PlainArguments.read(new String[] {other}, CONTEXT).isEmpty(), other);
        }
        assertTrue(PlainArguments.read(new String[0], CONTEXT).isEmpty());
    }
}
