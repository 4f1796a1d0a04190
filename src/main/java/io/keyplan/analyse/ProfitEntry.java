package io.keyplan.analyse;

import java.util.Comparator;

/** One account's profit as the pyramid and the whale curve use it (spec 6.4). */
public record ProfitEntry(String slug, String name, double profit, ProfitBasis basis) {

    /** Most profitable first, ties by name (then slug, so the order never depends on input order). */
    public static final Comparator<ProfitEntry> ORDER = Comparator.comparingDouble(ProfitEntry::profit)
            .reversed()
            .thenComparing(ProfitEntry::name, Names.ORDER)
            .thenComparing(ProfitEntry::slug);
}
