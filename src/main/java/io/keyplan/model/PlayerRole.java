package io.keyplan.model;

/** Role of a key player in the buying centre (DMU). */
public enum PlayerRole implements Coded {
    @Doc("gives the final yes and controls the budget.")
    ECONOMIC_BUYER("economic-buyer"),
    @Doc("uses what we deliver and judges it in daily work.")
    USER_BUYER("user-buyer"),
    @Doc("checks that we meet the specifications; can say no, not yes.")
    TECHNICAL_BUYER("technical-buyer"),
    @Doc("guides us through the customer's organisation.")
    COACH("coach"),
    @Doc("takes the decision.")
    DECISION_MAKER("decision-maker"),
    @Doc("shapes the decision without taking it.")
    INFLUENCER("influencer"),
    @Doc("controls access to people and information.")
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
