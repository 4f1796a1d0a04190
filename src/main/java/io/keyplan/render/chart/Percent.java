package io.keyplan.render.chart;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Percentages and scores for labels, in the portal's language. Charts ask for several per
 * bubble, so each thread keeps its formats per locale: looking one up costs more than using it.
 */
final class Percent {
    private static final ThreadLocal<Map<Locale, NumberFormat>> PERCENT = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<Locale, NumberFormat>> SCORE = ThreadLocal.withInitial(HashMap::new);

    private Percent() {}

    /** "62 %" / "62%" as the locale writes it; whole numbers. */
    static String of(double percent, Locale locale) {
        NumberFormat f = PERCENT.get().computeIfAbsent(locale == null ? Locale.ROOT : locale, l -> {
            NumberFormat p = NumberFormat.getPercentInstance(l);
            p.setMaximumFractionDigits(0);
            return p;
        });
        return f.format(percent / 100.0);
    }

    /**
     * A score such as 6.25 with at most two decimals, in the locale's notation: as the ranking and
     * the table beside the matrix round it, so a bubble's tooltip never disagrees with them.
     */
    static String score(double value, Locale locale) {
        NumberFormat f = SCORE.get().computeIfAbsent(locale == null ? Locale.ROOT : locale, l -> {
            NumberFormat n = NumberFormat.getNumberInstance(l);
            n.setMaximumFractionDigits(2);
            n.setMinimumFractionDigits(0);
            return n;
        });
        return f.format(value);
    }
}
