package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads one YAML file safely; every problem becomes a diagnostic, never an exception. */
final class YamlFiles {
    private YamlFiles() {}

    /** The top-level mapping, or null when the file cannot be used (the reason is reported). */
    static YamlNode.Mapping read(Path file, String display, Diagnostics diagnostics) {
        return read(file, display, diagnostics, null);
    }

    /** {@link #read(Path, String, Diagnostics)}, handing the bytes read to {@code asRead} (see {@link TextFiles#read(Path, Consumer)}). */
    static YamlNode.Mapping read(Path file, String display, Diagnostics diagnostics, Consumer<byte[]> asRead) {
        return read(file, null, display, diagnostics, asRead);
    }

    /** {@link #read(Path, String, Diagnostics, Consumer)} of the bytes {@code given} when not null. */
    static YamlNode.Mapping read(
            Path file, byte[] given, String display, Diagnostics diagnostics, Consumer<byte[]> asRead) {
        try {
            List<LoadProblem> problems = new ArrayList<>();
            YamlNode.Mapping m = SafeYamlReader.parse(display, TextFiles.read(file, given, asRead), 0, problems);
            problems.forEach(p -> Problems.report(diagnostics, display, p));
            return m;
        } catch (LoadProblem p) {
            Problems.report(diagnostics, display, p);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // The reader is written not to throw; this is the last line of defence at the file boundary.
            diagnostics.error(
                    io.keyplan.model.SourceSpan.file(display),
                    "yaml-syntax",
                    "the file cannot be read",
                    "check that it is a plain YAML text file");
            return null;
        }
    }
}
