package io.keyplan.diagnostic;

import io.keyplan.model.SourceSpan;
import java.util.Comparator;

/**
 * One finding about the content: where it is, what rule it breaks, what is wrong and,
 * where it helps, how to fix it. {@code rule} is a short stable id ({@code unknown-key},
 * {@code reference}, {@code stale-plan}) used as the annotation title in GitHub output.
 *
 * @param hint may be null
 */
public record Diagnostic(Severity severity, SourceSpan at, String rule, String message, String hint) {

    /** File, then line, then column: the order people read a list of errors in. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing((Diagnostic d) -> d.at().file())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line:column: error: message}, the form compilers and editors understand, with
     * terminal controls in the file name or message shown as codes ({@link Printable}).
     */
    @Override
    public String toString() {
        String file = Printable.escape(at.file());
        String where = at.line() > 0 ? file + ":" + at.line() + ":" + at.column() : file;
        return where + ": " + severity.label() + ": " + Printable.escape(message);
    }
}
