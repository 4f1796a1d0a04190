package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** Relationship risks, the Miller Heiman red flags of spec 6.5, with the spec's ids. */
public enum RiskId implements Coded {
    NO_ECONOMIC_BUYER("no-economic-buyer"),
    SEVERAL_ECONOMIC_BUYERS("several-economic-buyers"),
    NO_COACH("no-coach"),
    NO_CHAMPION("no-champion"),
    HOSTILE_INFLUENCER("hostile-influencer"),
    UNCOVERED_PLAYER("uncovered-player"),
    NO_SPONSOR("no-sponsor");

    private final String code;

    RiskId(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
