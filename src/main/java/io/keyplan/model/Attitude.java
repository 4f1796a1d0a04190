package io.keyplan.model;

/** A key player's attitude towards us. */
public enum Attitude implements Coded {
    @Doc("wants us to win and works for it.")
    CHAMPION("champion"),
    @Doc("positive about us.")
    SUPPORTER("supporter"),
    @Doc("neither for nor against us.")
    NEUTRAL("neutral"),
    @Doc("has doubts about us.")
    CRITIC("critic"),
    @Doc("prefers a competitor or works against us.")
    OPPONENT("opponent");

    private final String code;

    Attitude(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
