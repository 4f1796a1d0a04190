package io.keyplan.model;

/** Whether an objective is measured in numbers. */
public enum ObjectiveKind implements Coded {
    QUANTITATIVE("quantitative"),
    QUALITATIVE("qualitative");

    private final String code;

    ObjectiveKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
