package io.keyplan.diagnostic;

/** Errors stop the build; warnings are reported and the build goes on (unless --strict). */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
