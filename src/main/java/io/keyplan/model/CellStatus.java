package io.keyplan.model;

/** Status of one department x product cell of the cross-sell matrix. */
public enum CellStatus implements Coded {
    CURRENT("current"),
    OPPORTUNITY("opportunity"),
    COMPETITOR("competitor"),
    INTERNAL("internal"),
    NO_FIT("no-fit"),
    UNKNOWN("unknown");

    private final String code;

    CellStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
