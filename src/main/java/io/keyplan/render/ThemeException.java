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
}
