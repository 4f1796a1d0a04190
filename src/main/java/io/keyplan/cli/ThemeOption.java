package io.keyplan.cli;

import io.keyplan.pipeline.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --theme}, as {@code build} and {@code serve} take it. */
final class ThemeOption {
    /** Where the company's theme is looked for when {@code --theme} is not given. */
    static final Path DEFAULT = Path.of("site-theme");

    @Option(
            names = "--theme",
            paramLabel = "DIR",
            description = "Theme folder (default: site-theme, or the built-in theme when there is no such folder).")
    Path theme;

    /**
     * The theme folder to use: the one named, or {@link #DEFAULT} (whose absence means the built-in theme).
     *
     * @throws UsageException when a folder named on purpose does not exist: building with the built-in
     *     theme instead would hide the mistake
     */
    Path folder() {
        if (theme != null && !Files.isDirectory(theme)) {
            throw new UsageException("the theme folder " + theme
                    + " does not exist. Leave out --theme to use site-theme or the built-in theme.");
        }
        return theme == null ? DEFAULT : theme;
    }
}
