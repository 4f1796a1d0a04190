package io.keyplan.render.chart;

import java.text.NumberFormat;
import java.util.Locale;

/** Percentages and scores for labels, in the portal's language. */
final class Percent {
    private Percent() {
    }

    /** "62 %" / "62%" as the locale writes it; whole numbers. */
    static String of(double percent, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale == null ? Locale.ROOT : locale);
        f.setMaximumFractionDigits(0);
        return f.format(percent / 100.0);
    }

    /** A score such as 6.5 with at most one decimal, in the locale's notation. */
    static String score(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? Locale.ROOT : locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }
}
