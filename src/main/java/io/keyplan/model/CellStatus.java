package io.keyplan.model;

/** Status of one department x product cell of the cross-sell matrix. */
public enum CellStatus implements Coded {
    @Doc("we supply it.")
    CURRENT("current"),
    @Doc("we could supply it.")
    OPPORTUNITY("opportunity"),
    @Doc("a competitor supplies it.")
    COMPETITOR("competitor"),
    @Doc("the customer does it in-house.")
    INTERNAL("internal"),
    @Doc("not a fit for this department.")
    NO_FIT("no-fit"),
    @Doc("we do not know yet.")
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
