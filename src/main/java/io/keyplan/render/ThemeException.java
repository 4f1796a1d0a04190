package io.keyplan.render;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A theme that cannot be used: a template with a syntax error, a missing template, an
 * unreadable file. It says which file ({@code site-theme/templates/x.peb}, or the theme folder),
 * which line (0: the file as a whole), what is wrong and how to fix it, so the build reports it
 * like any other error; {@link #getMessage()} reads {@code file:line: error: text}.
 */
public final class ThemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;
    private final String hint;

    /** @param line 1-based, or 0 when the problem is not on a line; {@code hint} may be null */
    public ThemeException(String file, int line, String problem, String hint, Throwable cause) {
        super(message(file, line, problem, hint), cause);
        this.file = file;
        this.line = Math.max(0, line);
        this.problem = problem;
        this.hint = hint;
    }

    public ThemeException(String file, int line, String problem, String hint) {
        this(file, line, problem, hint, null);
    }

    /** A template that failed while making {@code what} (a page, a section), with its file and line. */
    static ThemeException of(String themeOrigin, String template, PebbleException e, String what) {
        return new ThemeException(
                themeOrigin + "/templates/" + (e.getFileName() == null ? template : e.getFileName()),
                e.getLineNumber() == null ? 0 : e.getLineNumber(),
                what + " could not be made: " + e.getPebbleMessage(),
                null,
                e);
    }

    /** The theme file, as the user named it; {@code (built-in theme)/...} for the bundled one. */
    public String file() {
        return file;
    }

    /** 1-based line in {@link #file()}, 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }

    /** How to fix it, or null. */
    public String hint() {
        return hint;
    }

    private static String message(String file, int line, String problem, String hint) {
        return file + (line > 0 ? ":" + line : "") + ": error: " + problem + (hint == null ? "" : "\n  hint: " + hint);
    }
}
