package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** Customer pyramid tier (spec 6.4), most profitable first. */
public enum Tier implements Coded {
    PLATINUM("platinum"),
    GOLD("gold"),
    IRON("iron"),
    LEAD("lead");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
