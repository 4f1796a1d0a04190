package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    /**
     * What a public build may show (spec 7): the dates of the public sections only, no authors and
     * no commits. An account's last change is the newest of those dates, so that a change to a
     * section that stays internal does not show through.
     */
    public History released(Collection<SectionId> publicSections) {
        Map<String, AccountHistory> out = new HashMap<>();
        accounts.forEach((slug, a) -> {
            Map<SectionId, Change> sections = new EnumMap<>(SectionId.class);
            Change last = null;
            for (SectionId id : publicSections) {
                Change c = a.section(id);
                if (c != null) {
                    sections.put(id, c.withoutAuthor());
                    last = newer(last, c.withoutAuthor());
                }
            }
            out.put(slug, new AccountHistory(last, sections, List.of()));
        });
        return new History(state, out);
    }

    /** The later of two changes; one not yet committed is the latest of all. */
    private static Change newer(Change a, Change b) {
        if (a == null || !b.committed()) {
            return b;
        }
        if (!a.committed()) {
            return a;
        }
        return b.date().isAfter(a.date()) ? b : a;
    }
}
