package io.keyplan.model;

/** How much a key player weighs in the decision. */
public enum Influence implements Coded {
    @Doc("weighs heavily on decisions.")
    HIGH("high"),
    @Doc("is heard in decisions.")
    MEDIUM("medium"),
    @Doc("has little say in decisions.")
    LOW("low");

    private final String code;

    Influence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
