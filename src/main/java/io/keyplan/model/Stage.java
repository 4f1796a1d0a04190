package io.keyplan.model;

/**
 * Relationship stage. The score is the position-axis fallback of spec 6.3 when an
 * account has no position scores.
 */
public enum Stage implements Coded {
    EXPLORATORY("exploratory", 2),
    BASIC("basic", 4),
    COOPERATIVE("cooperative", 6),
    INTERDEPENDENT("interdependent", 8),
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
