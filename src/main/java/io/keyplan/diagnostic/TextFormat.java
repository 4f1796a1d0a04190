package io.keyplan.diagnostic;

import java.util.List;

/** {@code path:line:column: error: message} with an indented {@code hint:} line, as compilers print. */
public final class TextFormat {
    private TextFormat() {
    }

    public static String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d).append('\n');
            if (d.hint() != null && !d.hint().isBlank()) {
                out.append("    hint: ").append(d.hint()).append('\n');
            }
        }
        return out.toString();
    }
}
