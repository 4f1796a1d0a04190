package io.keyplan.publish;

/** The output folder is one KeyPlan must not write to or replace; a usage error, not a crash. */
public final class OutputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
