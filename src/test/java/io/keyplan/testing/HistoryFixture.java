package io.keyplan.testing;

import io.keyplan.history.AccountHistory;
import io.keyplan.history.Change;
import io.keyplan.history.CommitEntry;
import io.keyplan.history.History;
import io.keyplan.model.SectionId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link History} built in code with known dates and authors, as the history engine would report it:
 * each section's last change and the account's last change follow from the commits given, uncommitted
 * sections win over any commit. For the tests and previews of the history pages.
 */
public final class HistoryFixture {
    private final Map<String, List<CommitEntry>> commits = new LinkedHashMap<>();
    private final Map<String, Set<SectionId>> uncommitted = new HashMap<>();
    private History.State state = History.State.COMPLETE;

    public static HistoryFixture builder() {
        return new HistoryFixture();
    }

    /** A commit at noon UTC of {@code date}; {@code completeness} null when the plan did not load. */
    public HistoryFixture commit(
            String slug,
            String id,
            String date,
            String author,
            String subject,
            Double completeness,
            SectionId... sections) {
        Instant time = LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
        Set<SectionId> set = sections.length == 0 ? Set.of() : EnumSet.copyOf(List.of(sections));
        commits.computeIfAbsent(slug, s -> new ArrayList<>())
                .add(new CommitEntry(id, time, author, subject, set, completeness));
        return this;
    }

    /** Sections changed in the working tree, not committed yet. */
    public HistoryFixture uncommitted(String slug, SectionId... sections) {
        uncommitted.computeIfAbsent(slug, s -> EnumSet.noneOf(SectionId.class)).addAll(List.of(sections));
        commits.computeIfAbsent(slug, s -> new ArrayList<>());
        return this;
    }

    public HistoryFixture shallow() {
        state = History.State.SHALLOW;
        return this;
    }

    public History build() {
        Map<String, AccountHistory> accounts = new HashMap<>();
        for (Map.Entry<String, List<CommitEntry>> e : commits.entrySet()) {
            List<CommitEntry> newest = new ArrayList<>(e.getValue());
            newest.sort(Comparator.comparing(CommitEntry::time).reversed());
            Map<SectionId, Change> sections = new EnumMap<>(SectionId.class);
            for (CommitEntry c : newest) {
                for (SectionId s : c.sections()) {
                    sections.putIfAbsent(s, Change.committed(date(c), c.author()));
                }
            }
            Set<SectionId> open = uncommitted.getOrDefault(e.getKey(), Set.of());
            open.forEach(s -> sections.put(s, Change.uncommitted()));
            Change last = !open.isEmpty()
                    ? Change.uncommitted()
                    : newest.isEmpty()
                            ? null
                            : Change.committed(
                                    date(newest.get(0)), newest.get(0).author());
            accounts.put(e.getKey(), new AccountHistory(last, sections, newest));
        }
        return new History(state, accounts);
    }

    private static LocalDate date(CommitEntry c) {
        return LocalDate.ofInstant(c.time(), ZoneOffset.UTC);
    }
}
