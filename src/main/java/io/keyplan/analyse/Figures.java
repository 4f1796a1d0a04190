package io.keyplan.analyse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small numeric helpers shared by the figures. */
final class Figures {
    private Figures() {}

    /** Half-up rounding on the decimal value, so 0.125 becomes 0.13 as people expect. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
