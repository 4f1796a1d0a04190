package io.keyplan.analyse;

import io.keyplan.model.TierBasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The customer pyramid of spec 6.4, largest figure first: profit or current revenue, as
 * {@code basis} says.
 *
 * @param basis what every entry's figure is: profit or current revenue, for the whole portfolio
 * @param totalPositive the sum of the figures above 0, the base of every share
 * @param notPlaced accounts the pyramid covers but cannot place (basis profit, no net contribution),
 *     by name; always empty with basis revenue
 */
public record Pyramid(TierBasis basis, List<Entry> entries, double totalPositive, List<NotPlaced> notPlaced) {

    /**
     * @param figure the account's profit or current revenue, as the pyramid's basis says
     * @param shareBefore % of the positive total held by the accounts before this one; null for
     *     accounts with a figure of 0 or less, which are {@code lead} whatever their place
     */
    public record Entry(String slug, String name, double figure, Double shareBefore, Tier tier) {}

    public Pyramid {
        entries = List.copyOf(entries);
        List<NotPlaced> sorted = new ArrayList<>(notPlaced);
        sorted.sort(Comparator.comparing(NotPlaced::name, Names.ORDER).thenComparing(NotPlaced::slug));
        notPlaced = List.copyOf(sorted);
    }

    /**
     * Sorts by figure, largest first (ties by name). An account with a figure above 0 takes the
     * first tier whose cut-off is above the share of the positive total held by the accounts before
     * it: below {@code platinumCutoff} platinum, below {@code goldCutoff} gold, otherwise iron. A
     * figure of 0 or less is lead.
     */
    public static Pyramid of(
            TierBasis basis,
            List<TierEntry> placed,
            List<NotPlaced> notPlaced,
            double platinumCutoff,
            double goldCutoff) {
        List<TierEntry> sorted = new ArrayList<>(placed);
        sorted.sort(TierEntry.ORDER);
        double total = sorted.stream()
                .mapToDouble(TierEntry::figure)
                .filter(p -> p > 0)
                .sum();
        List<Entry> out = new ArrayList<>();
        double before = 0;
        for (TierEntry e : sorted) {
            if (e.figure() <= 0) {
                out.add(new Entry(e.slug(), e.name(), e.figure(), null, Tier.LEAD));
                continue;
            }
            double share = 100.0 * before / total;
            Tier tier = share < platinumCutoff ? Tier.PLATINUM : share < goldCutoff ? Tier.GOLD : Tier.IRON;
            out.add(new Entry(e.slug(), e.name(), e.figure(), share, tier));
            before += e.figure();
        }
        return new Pyramid(basis, out, total, notPlaced);
    }

    /** The entries of one tier, by its code ({@code gold}), for templates. */
    public List<Entry> tier(String code) {
        return entries.stream().filter(e -> e.tier().code().equals(code)).toList();
    }

    /** True when the pyramid ranks by revenue, so that every caption says "by revenue". */
    public boolean byRevenue() {
        return basis == TierBasis.REVENUE;
    }
}
