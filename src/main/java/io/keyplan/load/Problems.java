package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;

/** Turns a {@link LoadProblem} into a diagnostic at the file boundary. */
final class Problems {
    private Problems() {}

    static void report(Diagnostics diagnostics, String display, LoadProblem p) {
        SourceSpan at = new SourceSpan(display, p.line, p.column);
        if (p.warning) {
            diagnostics.warning(at, p.rule, p.getMessage(), p.hint);
        } else {
            diagnostics.error(at, p.rule, p.getMessage(), p.hint);
        }
    }
}
