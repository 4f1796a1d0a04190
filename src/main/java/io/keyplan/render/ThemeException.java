package io.keyplan.render;

/**
 * A theme that cannot be used: a template with a syntax error, a missing template, an
 * unreadable file. The message is for users ({@code site-theme/templates/x.peb:12: error: ...});
 * the build reports it like any other error.
 */
public final class ThemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ThemeException(String message) {
        super(message);
    }

    /** A template that failed while making {@code what} (a page, a section), with its file and line. */
    static ThemeException of(Theme theme, String template, io.pebbletemplates.pebble.error.PebbleException e, String what) {
        return new ThemeException(theme.origin() + "/templates/" + (e.getFileName() == null ? template : e.getFileName())
                + ":" + (e.getLineNumber() == null ? 0 : e.getLineNumber())
                + ": error: " + what + " could not be made: " + e.getPebbleMessage(), e);
    }
}
