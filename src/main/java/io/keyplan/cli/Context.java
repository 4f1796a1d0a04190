package io.keyplan.cli;

import io.keyplan.pipeline.Stages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What a command needs from its surroundings; passed in so tests can run commands in-process. */
record Context(
        PrintStream out,
        PrintStream err,
        Map<String, String> env,
        Clock clock,
        Stages stages,
        Path workingDir,
        Path home) {}
