package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Builds the example {@code content/} through the CLI in-process, as the site tests need it. */
final class ExampleBuild {
    private ExampleBuild() {}

    /** Builds into {@code output} with the extra CLI arguments (e.g. a profile); fails the test on a non-zero exit. */
    static Path build(Path output, String... extra) {
        buildForOutput(output, extra);
        return output;
    }

    /** As {@link #build}, and gives what the command printed on standard output. */
    static String buildForOutput(Path output, String... extra) {
        return buildForOutputs(output, extra)[0];
    }

    /** As {@link #build}, and gives what the command printed: standard output, then standard error (the findings). */
    static String[] buildForOutputs(Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", "content", "--output", output.toString()));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args, Map.of("SOURCE_DATE_EPOCH", "1795392000"), "2026-11-23T10:00:00Z");
        assertEquals(0, run.code(), () -> "build failed:\n" + run.out() + run.err());
        return new String[] {run.out(), run.err()};
    }

    /** Every HTML page of a built site, sorted for stable failure messages. */
    static List<Path> htmlPages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
