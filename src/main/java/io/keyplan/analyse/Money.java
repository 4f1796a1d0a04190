package io.keyplan.analyse;

import io.keyplan.model.AccountPlan;
import io.keyplan.model.BusinessReview;
import io.keyplan.model.Opportunity;
import java.util.List;

/**
 * The money figures of spec 6.2 for one account. Every field is null ("none") when its inputs
 * are missing, never 0. Amounts are in the portal currency; {@code shareOfWallet} and
 * {@code growth} are percentages.
 *
 * @param profit current revenue x net contribution % / 100; none without a net contribution: revenue
 *     is never passed off as profit (spec 6.2, 6.4)
 */
public record Money(
        Double currentRevenue, Double shareOfWallet, Double profit, Double weightedPipeline, Double growth) {

    public static Money of(AccountPlan plan, int fiscalYear) {
        BusinessReview review = plan.businessReview();
        Double revenue = review == null ? null : review.revenue().get(fiscalYear);
        Double contribution = review == null ? null : review.netContributionPct();
        Double spend = review == null ? null : review.customerSpend();
        Double year3 = plan.forecast() == null ? null : plan.forecast().year3();

        return new Money(
                revenue,
                shareOfWallet(revenue, spend),
                profit(revenue, contribution),
                weightedPipeline(plan.opportunities()),
                growth(revenue, year3));
    }

    /** current revenue x net contribution % / 100 (may be negative); none when either is missing. */
    static Double profit(Double revenue, Double netContributionPct) {
        if (revenue == null || netContributionPct == null) {
            return null;
        }
        return revenue * netContributionPct / 100.0;
    }

    /** current revenue / customer spend x 100; none without a positive spend (no division by zero). */
    static Double shareOfWallet(Double revenue, Double spend) {
        if (revenue == null || spend == null || spend <= 0) {
            return null;
        }
        return revenue / spend * 100.0;
    }

    /**
     * Sum of value x probability / 100 over open opportunities; a missing value or probability
     * counts as 0. With no opportunities at all the pipeline is none: nothing was recorded, and
     * 0 would claim that we know it is empty. When every opportunity is won or lost the pipeline
     * is 0: the plan tells us nothing is open.
     */
    static Double weightedPipeline(List<Opportunity> opportunities) {
        if (opportunities.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Opportunity o : opportunities) {
            if (o.isOpen() && o.value() != null && o.probability() != null) {
                sum += o.value() * o.probability() / 100.0;
            }
        }
        return sum;
    }

    /**
     * Compound annual growth from the current revenue to the year-3 forecast, in %:
     * ((year 3 / current)^(1/3) - 1) x 100. None when either is missing, when the current revenue
     * is 0 or less, or when the forecast is negative (no real growth rate exists then).
     */
    static Double growth(Double revenue, Double year3) {
        if (revenue == null || year3 == null || revenue <= 0 || year3 < 0) {
            return null;
        }
        return (Math.pow(year3 / revenue, 1.0 / 3.0) - 1.0) * 100.0;
    }
}
