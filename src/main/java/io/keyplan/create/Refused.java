package io.keyplan.create;

/**
 * Why {@code keyplan new} wrote nothing: a message in plain words and a hint saying what to do
 * instead. A refusal is the user's to fix, not a failure of KeyPlan.
 */
public final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public Refused(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What to do instead; null when the message says it all. */
    public String hint() {
        return hint;
    }
}
