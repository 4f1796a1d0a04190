package io.keyplan.pipeline;

import io.keyplan.diagnostic.Diagnostics;
import java.util.List;

/**
 * The outcome of one build or check. {@code diagnostics} is what the user sees (warnings already
 * turned into errors under --strict); {@code written} says whether the output was replaced;
 * {@code notes} are lines about the output folder (a previous site put back after a stopped build);
 * {@code unread} counts the account folders whose plan could not be read.
 */
public record BuildResult(
        Diagnostics diagnostics, int accounts, int pages, boolean written, List<String> notes, int unread) {
    public BuildResult {
        notes = List.copyOf(notes);
    }

    public BuildResult(Diagnostics diagnostics, int accounts, int pages, boolean written, List<String> notes) {
        this(diagnostics, accounts, pages, written, notes, 0);
    }

    public BuildResult(Diagnostics diagnostics, int accounts, int pages, boolean written) {
        this(diagnostics, accounts, pages, written, List.of());
    }

    public boolean failed() {
        return diagnostics.hasErrors();
    }
}
