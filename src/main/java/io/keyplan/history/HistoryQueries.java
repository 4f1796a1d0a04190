package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions the history pages ask of a {@link History}, as pure functions of it and the build
 * date: what changed since a review, how long ago a section changed and whether that is stale, how
 * complete a plan was on a given day, what changed in the last N days, and the history a public
 * reader may see (spec 7: dates only, only the public sections).
 */
public final class HistoryQueries {
    /** {@code review.section_stale_days} when {@code portal.yaml} does not say (spec 2). */
    public static final int DEFAULT_SECTION_STALE_DAYS = 365;

    private HistoryQueries() {}

    /** One section's last change. */
    public record SectionChange(SectionId section, Change change) {}

    /**
     * The sections of {@code account} changed after {@code review} (strictly after: a change on the
     * day of the review went into it), and every uncommitted change; with {@code review} null (never
     * reviewed) every section that has a change. Not yet committed first, then newest first, ties in
     * section order.
     */
    public static List<SectionChange> changedSince(AccountHistory account, LocalDate review) {
        List<SectionChange> out = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            Change c = account.section(id);
            if (c == null) {
                continue;
            }
            if (!c.committed()
                    || review == null
                    || (c.date() != null && c.date().isAfter(review))) {
                out.add(new SectionChange(id, c));
            }
        }
        out.sort(NEWEST_FIRST);
        return List.copyOf(out);
    }

    /** Uncommitted first, then by date descending, then in section order. */
    private static final Comparator<SectionChange> NEWEST_FIRST = Comparator.comparing(
                    (SectionChange s) -> s.change().committed())
            .thenComparing(
                    s -> s.change().date(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
            .thenComparing(SectionChange::section);

    /**
     * Whole days from the change to {@code today}: 0 for a change today, for a change dated after
     * {@code today} (a build date set back with {@code SOURCE_DATE_EPOCH}) and for one not yet
     * committed; null without a change or a date.
     */
    public static Long daysAgo(Change change, LocalDate today) {
        if (change == null) {
            return null;
        }
        if (!change.committed()) {
            return 0L;
        }
        if (change.date() == null) {
            return null;
        }
        return Math.max(0, ChronoUnit.DAYS.between(change.date(), today));
    }

    /**
     * A section unchanged for more than {@code staleDays} days: exactly {@code staleDays} days ago is
     * not yet stale, one day more is. A section without a change is not judged (it was never written,
     * or git does not reach back to it).
     */
    public static boolean stale(Change change, LocalDate today, int staleDays) {
        Long days = daysAgo(change, today);
        return days != null && days > staleDays;
    }

    /**
     * The plan's completeness at the end of {@code day}: after the newest commit made on or before it;
     * null when no commit that old touched the plan, or the plan did not load after that commit.
     */
    public static Double completenessOn(AccountHistory account, LocalDate day) {
        CommitEntry newest = null;
        for (CommitEntry c : account.commits()) {
            if (!date(c).isAfter(day) && (newest == null || c.time().isAfter(newest.time()))) {
                newest = c;
            }
        }
        return newest == null ? null : newest.completeness();
    }

    /** The commit's date in UTC, the date every page shows. */
    public static LocalDate date(CommitEntry commit) {
        return LocalDate.ofInstant(commit.time(), ZoneOffset.UTC);
    }

    /** The account's commits newest first; ties by id, so the order never depends on the engine's. */
    public static List<CommitEntry> newestFirst(AccountHistory account) {
        List<CommitEntry> commits = new ArrayList<>(account.commits());
        commits.sort(Comparator.comparing(CommitEntry::time).reversed().thenComparing(CommitEntry::id));
        return List.copyOf(commits);
    }

    /**
     * What changed in one account in the {@code days} days up to {@code today}: a commit counts when
     * its date is on or after {@code today - days} (so "the last 30 days" holds the day 30 days ago)
     * and not after {@code today}; uncommitted changes always count.
     *
     * @param sections per section changed in the window, its newest change (an uncommitted one wins)
     * @param commits the commits in the window, newest first
     * @param authors who made them, newest first, each once
     * @param last the newest change in the window
     */
    public record Window(
            Map<SectionId, Change> sections, List<CommitEntry> commits, List<String> authors, Change last) {
        public Window {
            sections = Map.copyOf(sections);
            commits = List.copyOf(commits);
            authors = List.copyOf(authors);
        }

        public boolean empty() {
            return sections.isEmpty() && commits.isEmpty();
        }
    }

    /** See {@link Window}. */
    public static Window within(AccountHistory account, LocalDate today, int days) {
        LocalDate from = today.minusDays(days);
        Map<SectionId, Change> sections = new EnumMap<>(SectionId.class);
        List<CommitEntry> commits = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        for (CommitEntry c : newestFirst(account)) {
            LocalDate d = date(c);
            if (d.isBefore(from) || d.isAfter(today)) {
                continue;
            }
            commits.add(c);
            if (c.author() != null) {
                authors.add(c.author());
            }
            for (SectionId s : c.sections()) {
                sections.putIfAbsent(s, Change.committed(d, c.author()));
            }
        }
        Change last = commits.isEmpty()
                ? null
                : Change.committed(date(commits.get(0)), commits.get(0).author());
        for (Map.Entry<SectionId, Change> e : account.sections().entrySet()) {
            if (!e.getValue().committed()) {
                sections.put(e.getKey(), e.getValue());
                last = e.getValue();
            }
        }
        if (account.lastChanged() != null && !account.lastChanged().committed()) {
            last = account.lastChanged();
        }
        return new Window(sections, commits, List.copyOf(authors), last);
    }
}
