package io.keyplan.model;

/** Whether a public build may show the account. */
public enum Visibility implements Coded {
    @Doc("only in the internal site (the default).")
    INTERNAL("internal"),
    @Doc("also in the public site, with only the public sections.")
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
