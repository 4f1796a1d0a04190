package io.keyplan.history;

import java.util.Map;

/**
 * The content's history as git tells it: one {@link AccountHistory} per account slug.
 *
 * @param state whether there was a repository, and whether its history is complete
 * @param accounts per account slug; an account git has never seen is absent (see {@link #of})
 */
public record History(State state, Map<String, AccountHistory> accounts) {

    /** How much history there is. */
    public enum State {
        /** No git repository around the content folder, or it could not be read: no history pages. */
        NONE,
        /** A shallow clone: the oldest commits are missing, so dates may be too recent. */
        SHALLOW,
        /** The whole history. */
        COMPLETE
    }

    public History {
        accounts = Map.copyOf(accounts);
    }

    /** No history at all: the build works as it does without git. */
    public static History none() {
        return new History(State.NONE, Map.of());
    }

    public boolean available() {
        return state != State.NONE;
    }

    /** The account's history; an empty one (every date unknown) for an account git has never seen. */
    public AccountHistory of(String slug) {
        return accounts.getOrDefault(slug, AccountHistory.EMPTY);
    }
}
