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
import io.keyplan.model.Origin;
import io.keyplan.model.ReviewMeeting;
import io.keyplan.model.SourceSpan;
import io.keyplan.text.Plural;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The warnings of spec section 5: overdue actions ({@code overdue-action}), a stale plan
 * ({@code stale-plan}), a self-assessed band more than one band away ({@code band-mismatch}) and an
 * action plan that does not reach {@code review.horizon_days} ({@code short-horizon}).
 * Archived accounts get none: nobody plans them any more, so the warnings would only be noise.
 */
public final class PlanWarnings {
    private PlanWarnings() {}

    public static void check(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics) {
        LocalDate today = analysis.buildDate();
        int cadence = content.portal().cadenceDays();
        int horizonDays = content.portal().horizonDays();
        for (Account account : content.accounts()) {
            AccountFigures f = analysis.account(account.slug());
            if (f == null || f.archived()) {
                continue;
            }
            AccountPlan plan = account.plan();
            SourceSpan file = account.source();
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
