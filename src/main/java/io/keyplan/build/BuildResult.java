package io.keyplan.build;

import io.keyplan.diagnostic.Diagnostics;

/**
 * The outcome of one build or check. {@code diagnostics} is what the user sees (warnings already
 * turned into errors under --strict); {@code written} says whether the output was replaced.
 */
public record BuildResult(Diagnostics diagnostics, int accounts, int pages, boolean written) {
    public boolean failed() {
        return diagnostics.hasErrors();
    }
}
