package io.keyplan.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks: steps of 1, 2, 2.5 or 5 times a power of ten, covering the data range. */
final class Ticks {
    private Ticks() {}

    /**
     * Ticks from a round number at or below {@code min} to one at or above {@code max}, about
     * {@code target} intervals. The first and last tick are the axis ends.
     */
    static List<Double> nice(double min, double max, int target) {
        if (!(max > min)) {
            max = min + 1;
        }
        double raw = (max - min) / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double lo = Math.floor(min / step + 1e-9) * step;
        double hi = Math.ceil(max / step - 1e-9) * step;
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; lo + i * step <= hi + step * 1e-6; i++) {
            // Round away binary noise (0.6000000000000001) so labels and tests see the round number.
            double v = new BigDecimal(lo + i * step).round(new MathContext(12)).doubleValue();
            ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return ticks;
    }
}
