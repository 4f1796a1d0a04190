package io.keyplan.validate;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.analyse.Review;
import io.keyplan.analyse.SectionCompleteness;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Action;
import io.keyplan.model.ActionStatus;
import io.keyplan.model.Content;
import io.keyplan.model.Opportunity;
import io.keyplan.model.Origin;
import io.keyplan.model.ReviewMeeting;
import io.keyplan.model.SourceSpan;
import io.keyplan.text.Plural;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The warnings of spec section 5: overdue actions ({@code overdue-action}), a stale plan
 * ({@code stale-plan}), a self-assessed band more than one band away ({@code band-mismatch}) and an
 * action plan that does not reach {@code review.horizon_days} ({@code short-horizon}).
 * Archived accounts get none of these: nobody plans them any more, so they would only be noise.
 *
 * <p>Three more catch what looks like a slip of the pen, in every plan, archived ones included:
 * a probability written as a fraction ({@code probability-fraction}), a review date after the
 * build date ({@code future-review}) and an action due more than three years after it
 * ({@code far-action}).
 */
public final class PlanWarnings {
    /** How far ahead an action may be due before its date looks mistyped. */
    static final int FAR_YEARS = 3;

    private PlanWarnings() {}

    public static void check(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics) {
        LocalDate today = analysis.buildDate();
        int cadence = content.portal().cadenceDays();
        int horizonDays = content.portal().horizonDays();
        for (Account account : content.accounts()) {
            AccountPlan plan = account.plan();
            SourceSpan file = account.source();
            // Slips of the pen, archived plans included: their pages show the figures as written.
            fractions(plan, file, diagnostics);
            futureReviews(plan, today, file, diagnostics);
            farActions(plan, today, file, diagnostics);
            AccountFigures f = analysis.account(account.slug());
            if (f == null || f.archived()) {
                continue;
            }
            for (Action a : f.overdueActions()) {
                diagnostics.warning(
                        at(a.origin(), null, file),
                        "overdue-action",
                        "action '" + a.action() + "' was due on " + a.due() + " and is still open",
                        "mark it done or dropped, or give it a new 'due' date");
            }
            staleness(plan, f.review(), cadence, file, diagnostics);
            for (SectionCompleteness s : f.completeness().mismatches()) {
                diagnostics.warning(
                        at(plan.origin(), "completeness." + s.id(), at(plan.origin(), "completeness", file)),
                        "band-mismatch",
                        "section '" + s.id() + "' is self-assessed as "
                                + s.selfAssessed().code()
                                + " % complete, but its checklist gives " + Math.round(s.percent()) + " % ("
                                + s.band().code() + ", " + s.passedCount() + " of "
                                + Plural.count(s.checks().size(), "check", "checks") + ")",
                        "fill in what is missing or correct the band under 'completeness'");
            }
            horizon(plan, today, horizonDays, file, diagnostics);
        }
    }

    /** A probability written as a fraction: 0.6 is read as 0.6 %, and 60 % was meant. */
    private static void fractions(AccountPlan plan, SourceSpan file, Diagnostics d) {
        for (Opportunity o : plan.opportunities()) {
            Double p = o.probability();
            if (p == null || p <= 0 || p >= 1) {
                continue;
            }
            String percent =
                    BigDecimal.valueOf(p).movePointRight(2).stripTrailingZeros().toPlainString();
            d.warning(
                    at(o.origin(), "probability", file),
                    "probability-fraction",
                    "the probability of opportunity '" + o.description() + "' is "
                            + BigDecimal.valueOf(p).stripTrailingZeros().toPlainString()
                            + ", which is read as "
                            + BigDecimal.valueOf(p).stripTrailingZeros().toPlainString()
                            + " %; it looks like a fraction",
                    "write the probability in percent, from 0 to 100: did you mean " + percent + " for " + percent
                            + " %?");
        }
    }

    /** A review cannot have taken place after the build date; the date is probably mistyped or planned. */
    private static void futureReviews(AccountPlan plan, LocalDate today, SourceSpan file, Diagnostics d) {
        String hint = "write the day the review took place; plan a coming review as an action";
        if (plan.lastReview() != null && plan.lastReview().isAfter(today)) {
            d.warning(
                    at(plan.origin(), "last_review", file),
                    "future-review",
                    "'last_review' is " + plan.lastReview() + ", which is after the build date " + today
                            + "; a review date is the day a review took place",
                    hint);
        }
        for (ReviewMeeting r : plan.reviews()) {
            if (r.date() != null && r.date().isAfter(today)) {
                d.warning(
                        at(r.origin(), "date", file),
                        "future-review",
                        "the review of " + r.date() + " under 'reviews' is after the build date " + today
                                + "; a review date is the day a review took place",
                        hint);
            }
        }
    }

    /** An action due more than three years ahead is most likely a mistyped year (2062 for 2026). */
    private static void farActions(AccountPlan plan, LocalDate today, SourceSpan file, Diagnostics d) {
        LocalDate limit = today.plusYears(FAR_YEARS);
        for (Action a : plan.actions()) {
            if (a.due() != null && a.due().isAfter(limit)) {
                d.warning(
                        at(a.origin(), "due", file),
                        "far-action",
                        "action '" + a.action() + "' is due on " + a.due() + ", more than " + FAR_YEARS
                                + " years after the build date " + today,
                        "check the year of 'due'; a goal that far ahead belongs under 'objectives' or 'ambition'");
            }
        }
    }

    private static void staleness(AccountPlan plan, Review review, int cadence, SourceSpan file, Diagnostics d) {
        if (!review.stale()) {
            return;
        }
        String hint = "review the plan and set 'last_review' (or add an entry under 'reviews')";
        if (review.neverReviewed()) {
            d.warning(
                    file,
                    "stale-plan",
                    "the plan has never been reviewed (it should be reviewed every " + days(cadence) + ")",
                    hint);
            return;
        }
        SourceSpan where;
        if (plan.lastReview() != null) {
            where = at(plan.origin(), "last_review", file);
        } else {
            ReviewMeeting newest = plan.reviews().stream()
                    .filter(r -> review.lastReview().equals(r.date()))
                    .findFirst()
                    .orElse(null);
            where = newest == null ? file : at(newest.origin(), "date", file);
        }
        d.warning(
                where,
                "stale-plan",
                "the plan was last reviewed on " + review.lastReview() + ", " + days(review.daysSince())
                        + " ago; it should be reviewed every " + days(cadence),
                hint);
    }

    private static void horizon(AccountPlan plan, LocalDate today, int horizonDays, SourceSpan file, Diagnostics d) {
        LocalDate reach = today.plusDays(horizonDays);
        LocalDate latest = plan.actions().stream()
                .filter(a -> a.effectiveStatus() == ActionStatus.OPEN)
                .map(Action::due)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (latest != null && !latest.isBefore(reach)) {
            return;
        }
        String hint = "plan actions at least " + days(horizonDays) + " ahead (the 90-30 rule)";
        SourceSpan where = at(plan.origin(), "actions", file);
        if (latest == null) {
            d.warning(
                    where,
                    "short-horizon",
                    "the action plan has no open action with a due date; it should reach " + days(horizonDays)
                            + " ahead, to " + reach,
                    hint);
        } else if (latest.isBefore(today)) {
            d.warning(
                    where,
                    "short-horizon",
                    "the last open action of the action plan was due on " + latest
                            + ", which has passed; the plan should reach " + days(horizonDays) + " ahead, to " + reach,
                    hint);
        } else {
            d.warning(
                    where,
                    "short-horizon",
                    "the action plan reaches " + latest + ", "
                            + days(java.time.temporal.ChronoUnit.DAYS.between(today, latest))
                            + " ahead; it should reach "
                            + days(horizonDays) + " ahead, to " + reach,
                    hint);
        }
    }

    private static String days(long n) {
        return Plural.count(n, "day", "days");
    }

    /** The position of {@code key} in a mapping (or the mapping itself); the fallback when unknown. */
    private static SourceSpan at(Origin origin, String key, SourceSpan fallback) {
        if (origin == null) {
            return fallback;
        }
        SourceSpan s =
                key == null ? origin.at() : origin.has(key) ? origin.of(key) : key.contains(".") ? null : origin.at();
        return s == null || s.file().isEmpty() ? fallback : s;
    }
}
