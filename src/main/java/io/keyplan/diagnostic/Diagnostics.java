package io.keyplan.diagnostic;

import io.keyplan.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every finding of a run so that the user sees all problems at once, not one
 * per build. Safe to use from the parallel stages.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void error(SourceSpan at, String rule, String message) {
        add(new Diagnostic(Severity.ERROR, at, rule, message, null));
    }

    public void error(SourceSpan at, String rule, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, at, rule, message, hint));
    }

    public void warning(SourceSpan at, String rule, String message) {
        add(new Diagnostic(Severity.WARNING, at, rule, message, null));
    }

    public void warning(SourceSpan at, String rule, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, at, rule, message, hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    /** All findings in reading order. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(Diagnostic.READING_ORDER);
        return List.copyOf(sorted);
    }

    /** All findings of one file in reading order. */
    public List<Diagnostic> forFile(String file) {
        return all().stream().filter(d -> d.at().file().equals(file)).toList();
    }

    /** A copy in which every warning is an error: what {@code --strict} means. */
    public Diagnostics strict() {
        Diagnostics out = new Diagnostics();
        for (Diagnostic d : all()) {
            out.add(d.isError() ? d : new Diagnostic(Severity.ERROR, d.at(), d.rule(), d.message(), d.hint()));
        }
        return out;
    }

    /** Adds every finding of {@code other}. */
    public void addAll(Diagnostics other) {
        for (Diagnostic d : other.all()) {
            add(d);
        }
    }
}
