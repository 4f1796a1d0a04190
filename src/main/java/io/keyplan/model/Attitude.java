package io.keyplan.model;

/** A key player's attitude towards us. */
public enum Attitude implements Coded {
    CHAMPION("champion"),
    SUPPORTER("supporter"),
    NEUTRAL("neutral"),
    CRITIC("critic"),
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
