package io.keyplan.diagnostic;

import java.util.List;

/** {@code path:line:column: error: message} with an indented {@code hint:} line, as compilers print. */
public final class TextFormat {
    private TextFormat() {}

    public static String format(List<Diagnostic> diagnostics) {
        return format(diagnostics, 0);
    }

    /** With a closing line when {@code omitted} findings were left out. */
    public static String format(List<Diagnostic> diagnostics, long omitted) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d).append('\n');
            if (d.hint() != null && !d.hint().isBlank()) {
                out.append("    hint: ").append(Printable.escape(d.hint())).append('\n');
            }
        }
        if (omitted > 0) {
            out.append(Printable.omittedLine(omitted)).append('\n');
        }
        return out.toString();
    }
}
