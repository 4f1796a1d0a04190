package io.keyplan.cli;

import io.keyplan.pipeline.Stages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One run of the command line as a shell makes it, in this JVM, with both streams captured and
 * the clock fixed: what every test of a command needs, kept in one place.
 */
public record CliRun(int code, String out, String err) {

    /** The work of one run, given the two streams to write to. */
    @FunctionalInterface
    public interface Work {
        int run(PrintStream out, PrintStream err);
    }

    /** {@code keyplan args...} with the environment {@code env}, at {@code now}. */
    public static CliRun of(List<String> args, Map<String, String> env, String now, Stages stages) {
        return capture((out, err) -> Main.run(
                args.toArray(String[]::new), out, err, env, Clock.fixed(Instant.parse(now), ZoneOffset.UTC), stages));
    }

    /** {@link #of} with the standard stages. */
    public static CliRun of(List<String> args, Map<String, String> env, String now) {
        return of(args, env, now, Stages.standard());
    }

    /** Runs {@code work} with two fresh UTF-8 streams and keeps what it wrote to each. */
    public static CliRun capture(Work work) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = work.run(
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
