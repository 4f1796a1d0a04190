package io.keyplan.pipeline;

/** The command was given something it cannot work with; exit code 2, one plain line. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
