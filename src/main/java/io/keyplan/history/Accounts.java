package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Puts the commits' findings together per account, oldest commit first, so that the last one seen
 * is the last change; a rename hands the old folder's history to the new one. Uncommitted changes
 * go on top.
 */
final class Accounts {
    /** One account's history while it is being put together. */
    private static final class Builder {
        Change last;
        final Map<SectionId, Change> sections = new EnumMap<>(SectionId.class);
        final List<CommitEntry> commits = new ArrayList<>();

        AccountHistory build() {
            List<CommitEntry> newestFirst = new ArrayList<>(commits);
            java.util.Collections.reverse(newestFirst);
            return new AccountHistory(last, sections, newestFirst);
        }
    }

    private final Map<String, Builder> accounts = new HashMap<>();

    void add(CommitReader.Result result) {
        RevCommit c = result.commit();
        String author = c.getAuthorIdent().getName();
        Change change = Change.committed(result.date(), author);
        for (CommitReader.Event e : result.events()) {
            if (e.renamedFrom() != null) {
                Builder old = accounts.remove(e.renamedFrom());
                if (old != null) {
                    accounts.put(e.slug(), old);
                }
            }
            Builder b = accounts.computeIfAbsent(e.slug(), k -> new Builder());
            b.last = change;
            for (SectionId s : e.sections()) {
                b.sections.put(s, change);
            }
            b.commits.add(new CommitEntry(
                    c.getId().abbreviate(7).name(),
                    CommitReader.time(c),
                    author,
                    c.getShortMessage(),
                    e.sections(),
                    e.completeness()));
        }
    }

    /** The account (and those of its sections) changed in the working tree since the last commit. */
    void uncommitted(String slug, Set<SectionId> sections) {
        Builder b = accounts.computeIfAbsent(slug, k -> new Builder());
        b.last = Change.uncommitted();
        for (SectionId s : sections) {
            b.sections.put(s, Change.uncommitted());
        }
    }

    Map<String, AccountHistory> histories() {
        Map<String, AccountHistory> out = new HashMap<>();
        accounts.forEach((slug, b) -> out.put(slug, b.build()));
        return out;
    }
}
