package io.keyplan.load;

/**
 * A problem that ends the reading of one file (size, encoding, YAML syntax). Thrown inside
 * the loader only and turned into a diagnostic at the file boundary; never leaves the package.
 */
final class LoadProblem extends Exception {
    private static final long serialVersionUID = 1L;

    final String rule;
    final String hint;
    final int line;
    final int column;
    /** A warning (the file is read on): a character left out of a value, for instance. */
    final boolean warning;

    LoadProblem(String rule, String message, String hint, int line, int column) {
        this(rule, message, hint, line, column, false);
    }

    LoadProblem(String rule, String message, String hint, int line, int column, boolean warning) {
        super(message, null, false, false);
        this.warning = warning;
        this.rule = rule;
        this.hint = hint;
        this.line = line;
        this.column = column;
    }

    /** A key written twice in one mapping; both YAML readers report it in these words. */
    static LoadProblem duplicateKey(String key, int firstLine, int line, int column) {
        return new LoadProblem(
                "duplicate-key",
                "the key '" + key + "' appears twice; the first is on line " + firstLine,
                "remove one of them; only the first is used",
                line,
                column);
    }
}
