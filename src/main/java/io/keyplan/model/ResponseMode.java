package io.keyplan.model;

/** Miller Heiman response mode of a key player. */
public enum ResponseMode implements Coded {
    GROWTH("growth"),
    TROUBLE("trouble"),
    EVEN_KEEL("even-keel"),
    OVERCONFIDENT("overconfident");

    private final String code;

    ResponseMode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
