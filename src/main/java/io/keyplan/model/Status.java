package io.keyplan.model;

/** Account status; archived accounts are built but kept out of rankings. */
public enum Status implements Coded {
    @Doc("a current key account (the default).")
    ACTIVE("active"),
    @Doc("a key account we may lose.")
    AT_RISK("at-risk"),
    @Doc("not yet a customer.")
    PROSPECT("prospect"),
    @Doc("no longer a key account: built, but kept out of rankings.")
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
