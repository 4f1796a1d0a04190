package io.keyplan.diagnostic;

import io.keyplan.model.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects every finding of a run so that the user sees all problems at once, not one
 * per build. Safe to use from the parallel stages.
 *
 * <p>Only the first {@link #PER_FILE} findings of a file and the first {@link #IN_ALL} in all
 * (in reading order) are kept: one broken file of a few MB can hold hundreds of thousands of
 * mistakes, and nobody reads past the first screens. Every finding is still counted, so the
 * summary, {@link #hasErrors()} and the exit code see them all, and {@link #omitted()} says how
 * many were left out. Which ones are kept does not depend on the order they were found in.
 */
public final class Diagnostics {
    /** Findings kept per file. */
    public static final int PER_FILE = 100;
    /** Findings kept in all. */
    public static final int IN_ALL = 1000;

    /** Reading order, with every field as a tie-breaker so that the kept set is always the same. */
    private static final Comparator<Diagnostic> ORDER = Diagnostic.READING_ORDER
            .thenComparing(Diagnostic::rule, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Diagnostic::hint, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<String, List<Diagnostic>> byFile = new HashMap<>();
    /** Every file with a finding, also one whose findings are no longer kept. */
    private final Set<String> files = new HashSet<>();

    private int kept;
    private long errors;
    private long warnings;

    public synchronized void add(Diagnostic d) {
        if (d.isError()) {
            errors++;
        } else {
            warnings++;
        }
        files.add(d.at().file());
        List<Diagnostic> list = byFile.computeIfAbsent(d.at().file(), f -> new ArrayList<>());
        list.add(d);
        kept++;
        if (list.size() > 2 * PER_FILE) {
            kept -= trim(list, PER_FILE);
        }
        if (kept > 4 * IN_ALL) {
            trimInAll();
        }
    }

    /** Keeps the first {@code max} of {@code list} in reading order; returns how many went. */
    private static int trim(List<Diagnostic> list, int max) {
        list.sort(ORDER);
        int gone = Math.max(0, list.size() - max);
        if (gone > 0) {
            list.subList(max, list.size()).clear();
        }
        return gone;
    }

    private void trimInAll() {
        List<Diagnostic> keep = shown();
        byFile.clear();
        for (Diagnostic d : keep) {
            byFile.computeIfAbsent(d.at().file(), f -> new ArrayList<>()).add(d);
        }
        kept = keep.size();
    }

    /** The kept findings: the first {@link #PER_FILE} of each file, then the first {@link #IN_ALL}. */
    private List<Diagnostic> shown() {
        List<Diagnostic> out = new ArrayList<>();
        for (List<Diagnostic> list : byFile.values()) {
            List<Diagnostic> sorted = new ArrayList<>(list);
            trim(sorted, PER_FILE);
            out.addAll(sorted);
        }
        trim(out, IN_ALL);
        return out;
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

    /** True when any error was found, also one that is not kept. */
    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** All errors found, also those that are not kept. */
    public synchronized long errorCount() {
        return errors;
    }

    /** All warnings found, also those that are not kept. */
    public synchronized long warningCount() {
        return warnings;
    }

    /** How many findings {@link #all()} leaves out. */
    public synchronized long omitted() {
        return errors + warnings - shown().size();
    }

    /** How many files have findings, also files none of whose findings are kept. */
    public synchronized int fileCount() {
        return files.size();
    }

    /** The kept findings in reading order. */
    public synchronized List<Diagnostic> all() {
        return List.copyOf(shown());
    }

    /** The kept findings of one file in reading order. */
    public List<Diagnostic> forFile(String file) {
        return all().stream().filter(d -> d.at().file().equals(file)).toList();
    }

    /** A copy in which every warning is an error: what {@code --strict} means. */
    public Diagnostics strict() {
        Diagnostics out = new Diagnostics();
        for (Diagnostic d : all()) {
            out.add(d.isError() ? d : new Diagnostic(Severity.ERROR, d.at(), d.rule(), d.message(), d.hint()));
        }
        synchronized (this) {
            out.carry(errors + warnings - out.errorCount(), 0, files);
        }
        return out;
    }

    /** Adds every finding of {@code other}, and the count of those it left out. */
    public void addAll(Diagnostics other) {
        synchronized (other) {
            if (other.errors == 0 && other.warnings == 0) {
                return; // the usual case, once per content file: nothing to sort, copy or count
            }
        }
        List<Diagnostic> list = other.all();
        for (Diagnostic d : list) {
            add(d);
        }
        long otherErrors;
        long otherWarnings;
        Set<String> otherFiles;
        synchronized (other) {
            otherErrors = other.errors;
            otherWarnings = other.warnings;
            otherFiles = Set.copyOf(other.files);
        }
        long keptErrors = list.stream().filter(Diagnostic::isError).count();
        carry(otherErrors - keptErrors, otherWarnings - (list.size() - keptErrors), otherFiles);
    }

    /** Counts findings that were left out elsewhere, and the files they are in. */
    private synchronized void carry(long moreErrors, long moreWarnings, Set<String> moreFiles) {
        errors += moreErrors;
        warnings += moreWarnings;
        files.addAll(moreFiles);
    }
}
