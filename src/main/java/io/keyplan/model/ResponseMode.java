package io.keyplan.model;

/** Miller Heiman response mode of a key player. */
public enum ResponseMode implements Coded {
    @Doc("sees a gap between results and ambition: open to change.")
    GROWTH("growth"),
    @Doc("has a problem to solve now: open to change.")
    TROUBLE("trouble"),
    @Doc("content with how things are: hard to move.")
    EVEN_KEEL("even-keel"),
    @Doc("thinks things are better than they are: hardly open to change.")
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
