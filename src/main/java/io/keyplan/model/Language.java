package io.keyplan.model;

/** UI language of the portal. */
public enum Language implements Coded {
    EN("en"),
    NL("nl"),
    DE("de");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
