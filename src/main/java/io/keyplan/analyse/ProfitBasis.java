package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** What an account's profit figure is based on (spec 6.4): its net contribution, or its revenue as a stand-in. */
public enum ProfitBasis implements Coded {
    CONTRIBUTION("contribution"),
    REVENUE("revenue");

    private final String code;

    ProfitBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
