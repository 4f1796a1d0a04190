package io.keyplan.cli;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.text.Plural;
import java.util.Locale;

/** The one line that ends every build or check. */
final class Summary {
    private Summary() {}

    static String counts(Diagnostics d) {
        return plural(d.warningCount(), "warning") + ", " + plural(d.errorCount(), "error");
    }

    /** How many files the findings are in: what a user has to open to fix them. */
    static String files(Diagnostics d) {
        return plural(d.fileCount(), "file");
    }

    /**
     * How many account folders could not be read, between {@code open} and {@code close}; nothing
     * when all could: those plans were not checked, so "Checked 2 accounts" alone would hide them.
     */
    static String unread(long n, String open, String close) {
        return n == 0 ? "" : open + plural(n, "account") + " could not be read" + close;
    }

    /** A count and its noun in English (the command line's language): "1 account", "2 accounts". */
    static String plural(long n, String word) {
        return Plural.count(n, word, word + "s");
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
