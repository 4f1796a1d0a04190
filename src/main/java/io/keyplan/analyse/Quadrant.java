package io.keyplan.analyse;

import io.keyplan.model.Coded;

/**
 * The four quadrants of the directional policy matrix (spec 6.3): attractiveness high and
 * position high is {@code strategic}, attractiveness high and position low {@code star},
 * attractiveness low and position high {@code status}, both low {@code streamline}.
 */
public enum Quadrant implements Coded {
    STRATEGIC("strategic"),
    STAR("star"),
    STATUS("status"),
    STREAMLINE("streamline");

    private final String code;

    Quadrant(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Quadrant of(boolean attractivenessHigh, boolean positionHigh) {
        if (attractivenessHigh) {
            return positionHigh ? STRATEGIC : STAR;
        }
        return positionHigh ? STATUS : STREAMLINE;
    }
}
