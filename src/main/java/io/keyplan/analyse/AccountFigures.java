package io.keyplan.analyse;

import io.keyplan.model.Action;
import io.keyplan.model.Status;
import java.util.List;

/**
 * Every computed figure of one account, as its page and the data files show them.
 * Templates read it as {@code figures.health.code}, {@code figures.money.profit} and so on.
 *
 * @param rank 1-based place in the ranking; null when archived or not assessed
 * @param tier pyramid tier; null when the account is not in the pyramid (spec 6.4)
 * @param overdueActions open actions due before the build date, earliest first
 */
public record AccountFigures(
        String slug,
        String name,
        Status status,
        Completeness completeness,
        Money money,
        Selection selection,
        Integer rank,
        Tier tier,
        List<Risk> risks,
        Review review,
        List<Action> overdueActions,
        Health health) {

    public AccountFigures {
        risks = List.copyOf(risks);
        overdueActions = List.copyOf(overdueActions);
    }

    public List<String> riskIds() {
        return risks.stream().map(Risk::code).toList();
    }

    public int overdueCount() {
        return overdueActions.size();
    }

    public boolean archived() {
        return status == Status.ARCHIVED;
    }

    /**
     * Covered by the pyramid (active or at-risk, with a current revenue) but not placed in it: the
     * portfolio ranks by profit and this account has no net contribution (spec 6.4). By revenue
     * every covered account is placed, so this is the only way a covered account has no tier.
     */
    public boolean notPlaced() {
        return tier == null && (status == Status.ACTIVE || status == Status.AT_RISK) && money.currentRevenue() != null;
    }

    /**
     * green: not stale, no overdue action, completeness >= 60 %; red: never reviewed, last review
     * more than twice the cadence ago, or completeness < 30 %; amber otherwise. Completeness is
     * compared as shown (one decimal).
     */
    public static Health health(Review review, int overdueActions, double completenessPercent) {
        if (review.longOverdue() || completenessPercent < 30.0) {
            return Health.RED;
        }
        if (!review.stale() && overdueActions == 0 && completenessPercent >= 60.0) {
            return Health.GREEN;
        }
        return Health.AMBER;
    }
}
