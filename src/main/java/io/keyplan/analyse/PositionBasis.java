package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** Where the position axis comes from (spec 6.3): the account's scores, or derived from its relationship stage. */
public enum PositionBasis implements Coded {
    SCORES("scores"),
    STAGE("stage");

    private final String code;

    PositionBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
