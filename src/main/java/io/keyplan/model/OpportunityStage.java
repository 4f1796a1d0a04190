package io.keyplan.model;

/** Sales stage of an opportunity; won and lost are closed. */
public enum OpportunityStage implements Coded {
    IDENTIFIED("identified"),
    QUALIFIED("qualified"),
    PROPOSAL("proposal"),
    NEGOTIATION("negotiation"),
    WON("won"),
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
