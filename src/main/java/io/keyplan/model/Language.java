package io.keyplan.model;

/** UI language of the portal. */
public enum Language implements Coded {
    @Doc("English.")
    EN("en"),
    @Doc("Dutch (Nederlands).")
    NL("nl"),
    @Doc("German (Deutsch).")
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
