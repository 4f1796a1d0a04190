package io.keyplan.model;

/** Sales stage of an opportunity; won and lost are closed. */
public enum OpportunityStage implements Coded {
    @Doc("seen, not yet checked.")
    IDENTIFIED("identified"),
    @Doc("checked: need, budget and timing are real.")
    QUALIFIED("qualified"),
    @Doc("offer made.")
    PROPOSAL("proposal"),
    @Doc("terms under discussion.")
    NEGOTIATION("negotiation"),
    @Doc("the customer said yes.")
    WON("won"),
    @Doc("the customer said no.")
    LOST("lost");

    private final String code;

    OpportunityStage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
