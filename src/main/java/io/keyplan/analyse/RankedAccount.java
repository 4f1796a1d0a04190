package io.keyplan.analyse;

import java.util.Comparator;

/**
 * One line of the key-account ranking (spec 6.3), also one bubble of the portfolio matrix.
 *
 * @param score attractiveness x position, the ranking key
 * @param currentRevenue the bubble area; null when none (the bubble is then drawn at its minimum)
 */
public record RankedAccount(
        int rank,
        String slug,
        String name,
        double attractiveness,
        double position,
        PositionBasis positionBasis,
        double score,
        Double currentRevenue,
        Quadrant quadrant) {

    /** Score descending, then current revenue descending (none last), then name, then slug. */
    static final Comparator<RankedAccount> ORDER = Comparator.comparingDouble(RankedAccount::score)
            .reversed()
            .thenComparing(RankedAccount::currentRevenue, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(RankedAccount::name, Names.ORDER)
            .thenComparing(RankedAccount::slug);

    RankedAccount withRank(int r) {
        return new RankedAccount(
                r, slug, name, attractiveness, position, positionBasis, score, currentRevenue, quadrant);
    }
}
