package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.testing.Records;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewHealthTest {
    private static Review review(String yaml) {
        return Review.of(Records.plan("name: X\nowner: Jan\n" + yaml), 30, Plans.TODAY);
    }

    @Test
    void neverReviewedIsStaleAndRed() {
        Review r = review("");
        assertTrue(r.stale());
        assertTrue(r.neverReviewed());
        assertTrue(r.longOverdue());
        assertNull(r.daysSince());
        assertEquals(ReviewState.NEVER, r.state());
        assertEquals(Health.RED, AccountFigures.health(r, 0, 100.0));
    }

    @Test
    void staleIsMoreThanTheCadenceAgo() {
        // 2026-05-02 is 30 days before 2026-06-01: not stale yet
        Review onTheDay = review("last_review: 2026-05-02\n");
        assertEquals(30L, onTheDay.daysSince());
        assertFalse(onTheDay.stale());
        assertEquals(LocalDate.of(2026, 6, 1), onTheDay.nextDue());
        assertEquals(ReviewState.DUE_SOON, onTheDay.state());
        Review stale = review("last_review: 2026-05-01\n");
        assertTrue(stale.stale());
        assertFalse(stale.longOverdue());
        assertEquals(ReviewState.STALE, stale.state());
        assertEquals(ReviewState.FINE, review("last_review: 2026-05-20\n").state()); // next due 2026-06-19, 18 days
    }

    @Test
    void newestReviewMeetingCountsWhenLastReviewIsAbsent() {
        Review r = review("reviews: [{date: 2026-01-01}, {date: 2026-05-25}, {date: 2026-03-01}]\n");
        assertEquals(LocalDate.of(2026, 5, 25), r.lastReview());
        assertFalse(r.stale());
    }

    @Test
    void moreThanTwiceTheCadenceIsRed() {
        // 60 days ago: stale, not yet red; 61 days: red
        Review sixty = review("last_review: 2026-04-02\n");
        assertFalse(sixty.longOverdue());
        assertEquals(Health.AMBER, AccountFigures.health(sixty, 0, 90.0));
        Review sixtyOne = review("last_review: 2026-04-01\n");
        assertTrue(sixtyOne.longOverdue());
        assertEquals(Health.RED, AccountFigures.health(sixtyOne, 0, 90.0));
    }

    @Test
    void healthThresholds() {
        Review fresh = review("last_review: 2026-05-20\n");
        assertEquals(Health.GREEN, AccountFigures.health(fresh, 0, 60.0));
        assertEquals(Health.AMBER, AccountFigures.health(fresh, 0, 59.9));
        assertEquals(Health.AMBER, AccountFigures.health(fresh, 1, 100.0));
        assertEquals(Health.AMBER, AccountFigures.health(fresh, 0, 30.0));
        assertEquals(Health.RED, AccountFigures.health(fresh, 0, 29.9));
        assertEquals(Health.AMBER, AccountFigures.health(review("last_review: 2026-04-15\n"), 0, 100.0));
    }

    @Test
    void overdueActionsAreOpenAndDueBeforeTheBuildDate() {
        List<String> overdue = PortfolioAnalyser.overdue(Records.plan("""
                name: X
                owner: Jan
                actions:
                  - {action: b late, due: 2026-05-31}
                  - {action: due today, due: 2026-06-01}
                  - {action: done late, due: 2026-01-01, status: done}
                  - {action: dropped, due: 2026-01-01, status: dropped}
                  - {action: a later, due: 2026-05-31, status: open}
                  - {action: earliest, due: 2025-12-31}
                  - {action: no date}
                """), Plans.TODAY).stream()
                .map(io.keyplan.model.Action::action)
                .toList();
        assertEquals(List.of("earliest", "a later", "b late"), overdue);
    }
}
