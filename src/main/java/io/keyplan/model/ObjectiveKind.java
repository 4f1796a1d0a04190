package io.keyplan.model;

/** Whether an objective is measured in numbers. */
public enum ObjectiveKind implements Coded {
    @Doc("measured in a number.")
    QUANTITATIVE("quantitative"),
    @Doc("described in words.")
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
