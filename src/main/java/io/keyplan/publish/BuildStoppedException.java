package io.keyplan.publish;

/** The build was stopped from outside (Ctrl-C, SIGTERM, the launcher gone); its staging folder is gone. */
public final class BuildStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildStoppedException(String message) {
        super(message);
    }
}
