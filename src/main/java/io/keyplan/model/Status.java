package io.keyplan.model;

/** Account status; archived accounts are built but kept out of rankings. */
public enum Status implements Coded {
    ACTIVE("active"),
    AT_RISK("at-risk"),
    PROSPECT("prospect"),
    ARCHIVED("archived");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
