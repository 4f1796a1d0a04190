package io.keyplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code validate} share: which content, and how strict. */
final class ContentOptions {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    /** Says so and returns false when the content folder is not there (a usage error). */
    boolean contentExists(Context ctx) {
        if (Files.isDirectory(content)) {
            return true;
        }
        ctx.err()
                .println(
                        "keyplan: the content folder " + io.keyplan.diagnostic.Printable.escape(String.valueOf(content))
                                + " does not exist. Use --content to name it.");
        return false;
    }
}
