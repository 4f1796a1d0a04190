package io.keyplan.model;

/**
 * Relationship stage. The score is the position-axis fallback of spec 6.3 when an
 * account has no position scores.
 */
public enum Stage implements Coded {
    @Doc("first contacts; the customer buys from us now and then.")
    EXPLORATORY("exploratory", 2),
    @Doc("a transactional relationship through the buyer and the sales person.")
    BASIC("basic", 4),
    @Doc("several contacts on both sides; we are one of the preferred suppliers.")
    COOPERATIVE("cooperative", 6),
    @Doc("each side sees the other as a strategic partner; many contacts at every level.")
    INTERDEPENDENT("interdependent", 8),
    @Doc("we work as one team with shared goals and plans.")
    INTEGRATED("integrated", 10);

    private final String code;
    private final int positionScore;

    Stage(String code, int positionScore) {
        this.code = code;
        this.positionScore = positionScore;
    }

    @Override
    public String code() {
        return code;
    }

    public int positionScore() {
        return positionScore;
    }
}
