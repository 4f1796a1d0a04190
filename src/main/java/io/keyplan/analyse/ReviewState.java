package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** Review state of a plan for the reviews page: never reviewed, stale, due within 7 days, fine. */
public enum ReviewState implements Coded {
    NEVER("never-reviewed"),
    STALE("stale"),
    DUE_SOON("due-soon"),
    FINE("fine");

    private final String code;

    ReviewState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
