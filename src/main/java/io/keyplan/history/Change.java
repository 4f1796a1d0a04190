package io.keyplan.history;

import java.time.LocalDate;

/**
 * The last change to a plan or one of its sections.
 *
 * @param date the commit date in UTC; null when the change is not yet committed
 * @param author the commit's author name; null when not committed, or withheld (public build)
 * @param committed false for a change in the working tree that no commit holds yet (e.g. under
 *     {@code serve}), shown as "not yet committed"
 */
public record Change(LocalDate date, String author, boolean committed) {

    public static Change committed(LocalDate date, String author) {
        return new Change(date, author, true);
    }

    public static Change uncommitted() {
        return new Change(null, null, false);
    }

    /** The same change without its author, for a public build (spec 7: dates only). */
    public Change withoutAuthor() {
        return new Change(date, null, committed);
    }
}
