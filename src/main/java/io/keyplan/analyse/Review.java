package io.keyplan.analyse;

import io.keyplan.model.AccountPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Review state of a plan (spec 6.6), measured against {@link AccountPlan#effectiveLastReview()}.
 *
 * @param lastReview null when never reviewed
 * @param daysSince days from the last review to the build date; null when never reviewed
 * @param nextDue last review + cadence; null when never reviewed
 * @param stale never reviewed, or the last review is more than {@code cadence_days} ago
 * @param longOverdue never reviewed, or the last review is more than twice the cadence ago (red)
 */
public record Review(
        LocalDate lastReview,
        Long daysSince,
        LocalDate nextDue,
        boolean stale,
        boolean longOverdue,
        ReviewState state) {

    /** Days before the next review is due in which a plan shows as "due soon" on the reviews page. */
    public static final int DUE_SOON_DAYS = 7;

    public static Review of(AccountPlan plan, int cadenceDays, LocalDate buildDate) {
        LocalDate last = plan.effectiveLastReview();
        if (last == null) {
            return new Review(null, null, null, true, true, ReviewState.NEVER);
        }
        long days = ChronoUnit.DAYS.between(last, buildDate);
        boolean stale = days > cadenceDays;
        LocalDate next = last.plusDays(cadenceDays);
        ReviewState state = stale
                ? ReviewState.STALE
                : ChronoUnit.DAYS.between(buildDate, next) <= DUE_SOON_DAYS ? ReviewState.DUE_SOON : ReviewState.FINE;
        return new Review(last, days, next, stale, days > 2L * cadenceDays, state);
    }

    public boolean neverReviewed() {
        return lastReview == null;
    }
}
