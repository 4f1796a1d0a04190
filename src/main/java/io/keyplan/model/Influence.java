package io.keyplan.model;

/** How much a key player weighs in the decision. */
public enum Influence implements Coded {
    HIGH("high"),
    MEDIUM("medium"),
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
