package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** How a whale-curve point is told apart (spec 6.4): top 20 % of accounts, other profitable, loss-making (profit 0 or less). */
public enum WhaleKind implements Coded {
    TOP("top-20"),
    PROFITABLE("profitable"),
    LOSS("loss-making");

    private final String code;

    WhaleKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
