package io.keyplan.cli;

import io.keyplan.diagnostic.Printable;
import io.keyplan.pipeline.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code validate} share: which content ({@link ContentFolder}), and how strict. */
final class ContentOptions extends ContentFolder {
    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    /** Says so and returns false when the content folder is not there (a usage error). */
    boolean contentExists(Context ctx) {
        try {
            requireFolder(content);
            return true;
        } catch (UsageException e) {
            ctx.err().println("keyplan: " + Printable.escape(e.getMessage()));
            return false;
        }
    }

    /** @throws UsageException when {@code content} is not a folder */
    static void requireFolder(Path content) {
        if (!Files.isDirectory(content)) {
            throw new UsageException("the content folder " + content + " does not exist. Use --content to name it.");
        }
    }
}
