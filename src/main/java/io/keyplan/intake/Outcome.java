package io.keyplan.intake;

import java.util.List;

/**
 * What an import does to one account: adds it, changes some of its values, or leaves it as it is.
 *
 * @param row     the line (CSV) or row number (.xlsx) of the account's row
 * @param changes for an update, each value that changes; for a new account, every value it gets
 */
public record Outcome(String slug, int row, Kind kind, List<Change> changes) {
    public Outcome {
        changes = List.copyOf(changes);
    }

    /** New, updated or unchanged. */
    public enum Kind {
        NEW,
        UPDATED,
        UNCHANGED
    }

    /** One value: {@code before} is null when the field was absent. */
    public record Change(String field, String before, String after) {}
}
