package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.SectionId;
import io.keyplan.testing.HistoryFixture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The history pages' questions (issue 14), against a history with known dates and authors. */
class HistoryQueriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final History HISTORY = HistoryFixture.builder()
            .commit("acme", "c1", "2025-06-01", "Anna", "first", 30.0, SectionId.OVERVIEW, SectionId.KEY_PLAYERS)
            .commit("acme", "c2", "2025-11-22", "Jan", "competition", 35.0, SectionId.COMPETITION)
            .commit("acme", "c3", "2025-11-23", "Jan", "ambition", 38.0, SectionId.AMBITION)
            .commit("acme", "c4", "2026-08-20", "Jan", "notes", 40.0)
            .commit("acme", "c5", "2026-10-01", "Eva", "mission", 45.0, SectionId.MISSION)
            .commit("acme", "c6", "2026-10-23", "Jan", "investments", 50.0, SectionId.INVESTMENTS)
            .commit("acme", "c7", "2026-10-24", "Jan", "swot", 55.0, SectionId.SWOT, SectionId.OPPORTUNITIES)
            .commit("acme", "c8", "2026-11-23", "Maria", "broken", null, SectionId.ACTIONS)
            .uncommitted("acme", SectionId.TEAM)
            .build();

    private static final AccountHistory ACME = HISTORY.of("acme");

    private static List<SectionId> sections(List<HistoryQueries.SectionChange> changes) {
        return changes.stream().map(HistoryQueries.SectionChange::section).toList();
    }

    @Test
    void changedSinceTheReviewIsEveryChangeAfterItsDayUncommittedFirstThenNewest() {
        assertEquals(
                List.of(
                        SectionId.TEAM,
                        SectionId.ACTIONS,
                        SectionId.SWOT,
                        SectionId.OPPORTUNITIES,
                        SectionId.INVESTMENTS),
                sections(HistoryQueries.changedSince(ACME, LocalDate.of(2026, 10, 1))));
        // A change on the day of the review went into it: mission (2026-10-01) is not listed.
        assertEquals(
                List.of(SectionId.TEAM, SectionId.ACTIONS),
                sections(HistoryQueries.changedSince(ACME, LocalDate.of(2026, 10, 24))));
        HistoryQueries.SectionChange first =
                HistoryQueries.changedSince(ACME, LocalDate.of(2026, 10, 1)).get(0);
        assertFalse(first.change().committed());
        assertEquals(
                "Maria",
                HistoryQueries.changedSince(ACME, LocalDate.of(2026, 10, 1))
                        .get(1)
                        .change()
                        .author());
    }

    @Test
    void neverReviewedListsEveryChangedSection() {
        assertEquals(10, HistoryQueries.changedSince(ACME, null).size());
        assertEquals(List.of(), HistoryQueries.changedSince(AccountHistory.EMPTY, null));
    }

    @Test
    void daysAgoCountsWholeDaysAndNeverGoesBelowZero() {
        assertEquals(0L, HistoryQueries.daysAgo(Change.committed(TODAY, "a"), TODAY));
        assertEquals(1L, HistoryQueries.daysAgo(Change.committed(TODAY.minusDays(1), "a"), TODAY));
        assertEquals(0L, HistoryQueries.daysAgo(Change.committed(TODAY.plusDays(3), "a"), TODAY));
        assertEquals(0L, HistoryQueries.daysAgo(Change.uncommitted(), TODAY));
        assertNull(HistoryQueries.daysAgo(null, TODAY));
    }

    @Test
    void aSectionIsStaleOnlyAfterMoreThanTheSettingsDays() {
        assertEquals(366L, HistoryQueries.daysAgo(ACME.section(SectionId.COMPETITION), TODAY));
        assertTrue(HistoryQueries.stale(ACME.section(SectionId.COMPETITION), TODAY, 365));
        assertEquals(365L, HistoryQueries.daysAgo(ACME.section(SectionId.AMBITION), TODAY));
        assertFalse(HistoryQueries.stale(ACME.section(SectionId.AMBITION), TODAY, 365));
        assertFalse(HistoryQueries.stale(ACME.section(SectionId.COMPETITION), TODAY, 366));
        assertFalse(HistoryQueries.stale(ACME.section(SectionId.TEAM), TODAY, 0));
        assertFalse(HistoryQueries.stale(ACME.section(SectionId.WHY), TODAY, 0), "never changed: not judged");
    }

    @Test
    void completenessOnADayIsTheFigureAfterTheNewestCommitUpToIt() {
        assertEquals(40.0, HistoryQueries.completenessOn(ACME, TODAY.minusDays(90)));
        assertEquals(45.0, HistoryQueries.completenessOn(ACME, LocalDate.of(2026, 10, 1)));
        assertNull(HistoryQueries.completenessOn(ACME, LocalDate.of(2025, 5, 31)), "before the first commit");
        assertNull(HistoryQueries.completenessOn(ACME, TODAY), "the plan did not load after the last commit");
    }

    @Test
    void commitsComeNewestFirst() {
        assertEquals(
                List.of("c8", "c7", "c6", "c5", "c4", "c3", "c2", "c1"),
                HistoryQueries.newestFirst(ACME).stream().map(CommitEntry::id).toList());
    }

    @Test
    void theLastThirtyDaysHoldTheDayThirtyDaysAgoButNotTheDayBefore() {
        HistoryQueries.Window w30 = HistoryQueries.within(ACME, TODAY, 30);
        assertEquals(
                List.of("c8", "c7"), w30.commits().stream().map(CommitEntry::id).toList());
        assertEquals(
                EnumSet.of(SectionId.ACTIONS, SectionId.SWOT, SectionId.OPPORTUNITIES, SectionId.TEAM),
                EnumSet.copyOf(w30.sections().keySet()));
        assertEquals(List.of("Maria", "Jan"), w30.authors());
        assertFalse(w30.last().committed(), "an uncommitted change is the newest");
        assertEquals(
                LocalDate.of(2026, 10, 24), w30.sections().get(SectionId.SWOT).date());

        HistoryQueries.Window w90 = HistoryQueries.within(ACME, TODAY, 90);
        assertEquals(
                List.of("c8", "c7", "c6", "c5"),
                w90.commits().stream().map(CommitEntry::id).toList());
        assertTrue(w90.sections().containsKey(SectionId.INVESTMENTS));
        assertTrue(w90.sections().containsKey(SectionId.MISSION));
        assertFalse(w90.sections().containsKey(SectionId.AMBITION));

        assertTrue(HistoryQueries.within(AccountHistory.EMPTY, TODAY, 90).empty());
    }

    @Test
    void aPublicReaderSeesOnlyTheShownSectionsDatesAndNoAuthorOrCommit() {
        Set<SectionId> shown = EnumSet.of(SectionId.OVERVIEW, SectionId.MISSION, SectionId.WHY);
        History released = HISTORY.released(shown);
        AccountHistory acme = released.of("acme");
        assertEquals(
                EnumSet.of(SectionId.OVERVIEW, SectionId.MISSION),
                acme.sections().keySet());
        acme.sections().values().forEach(c -> assertNull(c.author()));
        assertEquals(List.of(), acme.commits());
        // The account's last change is the newest shown section's, not the uncommitted team section's.
        assertEquals(Change.committed(LocalDate.of(2026, 10, 1), null), acme.lastChanged());
        assertEquals(HISTORY.state(), released.state());
        assertSame(History.none().state(), History.none().released(shown).state());
    }
}
