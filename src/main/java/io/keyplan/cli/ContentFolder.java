package io.keyplan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --content DIR}, for the commands that read or write the content folder without checking it. */
final class ContentFolder {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;
}
