package io.keyplan.analyse;

import io.keyplan.model.TierBasis;
import java.util.Comparator;

/**
 * One account placed in the customer pyramid and on the whale curve (spec 6.4), with the figure
 * they rank by: its profit or its current revenue, as {@code portal.tiers.basis} says, never a
 * mix of the two.
 */
public record TierEntry(String slug, String name, double figure) {

    /** Largest figure first, ties by name (then slug, so the order never depends on input order). */
    public static final Comparator<TierEntry> ORDER = Comparator.comparingDouble(TierEntry::figure)
            .reversed()
            .thenComparing(TierEntry::name, Names.ORDER)
            .thenComparing(TierEntry::slug);

    /**
     * The figure an account with a current revenue is ranked by under {@code basis}: its current
     * revenue, or its profit; null when it cannot be placed (basis profit and no net contribution,
     * so no profit).
     */
    public static Double figureOf(Money money, TierBasis basis) {
        return basis == TierBasis.REVENUE ? money.currentRevenue() : money.profit();
    }
}
