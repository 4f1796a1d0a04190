package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.util.List;
import java.util.Map;

/**
 * One account as git knows it.
 *
 * @param lastChanged the last commit that changed the account's folder; null when none did
 * @param sections per section, the last change to its values in {@code account.yaml} or to its
 *     narrative file; a section absent from the map was never changed (or never existed)
 * @param commits the commits that touched the account's folder, newest first
 */
public record AccountHistory(Change lastChanged, Map<SectionId, Change> sections, List<CommitEntry> commits) {

    /** An account git has never seen. */
    public static final AccountHistory EMPTY = new AccountHistory(null, Map.of(), List.of());

    public AccountHistory {
        sections = Map.copyOf(sections);
        commits = List.copyOf(commits);
    }

    /** The last change to one section, or null. */
    public Change section(SectionId id) {
        return sections.get(id);
    }
}
