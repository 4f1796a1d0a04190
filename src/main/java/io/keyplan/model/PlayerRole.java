package io.keyplan.model;

/** Role of a key player in the buying centre (DMU). */
public enum PlayerRole implements Coded {
    ECONOMIC_BUYER("economic-buyer"),
    USER_BUYER("user-buyer"),
    TECHNICAL_BUYER("technical-buyer"),
    COACH("coach"),
    DECISION_MAKER("decision-maker"),
    INFLUENCER("influencer"),
    GATEKEEPER("gatekeeper");

    private final String code;

    PlayerRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
