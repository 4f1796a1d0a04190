package io.keyplan.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * The customer pyramid of spec 6.4, most profitable account first.
 *
 * @param totalPositiveProfit the sum of the profits above 0, the base of every share
 */
public record Pyramid(List<Entry> entries, double totalPositiveProfit) {

    /**
     * @param shareBefore % of the total positive profit held by the accounts before this one;
     *     null for accounts with profit 0 or less, which are {@code lead} whatever their place
     */
    public record Entry(String slug, String name, double profit, ProfitBasis basis, Double shareBefore, Tier tier) {}

    public Pyramid {
        entries = List.copyOf(entries);
    }

    /**
     * Sorts by profit, most profitable first (ties by name). An account with profit above 0 takes
     * the first tier whose cut-off is above the share held by the accounts before it: below
     * {@code platinumCutoff} platinum, below {@code goldCutoff} gold, otherwise iron. Profit 0 or
     * less is lead.
     */
    public static Pyramid of(List<ProfitEntry> accounts, double platinumCutoff, double goldCutoff) {
        List<ProfitEntry> sorted = new ArrayList<>(accounts);
        sorted.sort(ProfitEntry.ORDER);
        double total = sorted.stream()
                .mapToDouble(ProfitEntry::profit)
                .filter(p -> p > 0)
                .sum();
        List<Entry> out = new ArrayList<>();
        double before = 0;
        for (ProfitEntry e : sorted) {
            if (e.profit() <= 0) {
                out.add(new Entry(e.slug(), e.name(), e.profit(), e.basis(), null, Tier.LEAD));
                continue;
            }
            double share = 100.0 * before / total;
            Tier tier = share < platinumCutoff ? Tier.PLATINUM : share < goldCutoff ? Tier.GOLD : Tier.IRON;
            out.add(new Entry(e.slug(), e.name(), e.profit(), e.basis(), share, tier));
            before += e.profit();
        }
        return new Pyramid(out, total);
    }

    /** The entries of one tier, by its code ({@code gold}), for templates. */
    public List<Entry> tier(String code) {
        return entries.stream().filter(e -> e.tier().code().equals(code)).toList();
    }
}
