package io.keyplan.model;

/** Whether a public build may show the account. */
public enum Visibility implements Coded {
    INTERNAL("internal"),
    PUBLIC("public");

    private final String code;

    Visibility(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
