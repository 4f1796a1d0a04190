package io.keyplan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --content DIR}: the content folder every command that reads or writes plans names the same way. */
class ContentFolder {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;
}
