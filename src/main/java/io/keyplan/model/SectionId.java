package io.keyplan.model;

/** The sixteen sections of an account plan, in the spec's order (spec section 4). */
public enum SectionId implements Coded {
    OVERVIEW("overview"),
    KEY_PLAYERS("key_players"),
    BUSINESS_ANALYSIS("business_analysis"),
    BUSINESS_REVIEW("business_review"),
    COMPETITION("competition"),
    SWOT("swot"),
    AMBITION("ambition"),
    MISSION("mission"),
    STRATEGIC_FIT("strategic_fit"),
    OBJECTIVES("objectives"),
    INVESTMENTS("investments"),
    OPPORTUNITIES("opportunities"),
    FORECAST("forecast"),
    ACTIONS("actions"),
    TEAM("team"),
    WHY("why");

    private final String code;

    SectionId(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The section number shown in the plan, 0 to 15. */
    public int number() {
        return ordinal();
    }
}
