package io.keyplan.model;

import java.util.List;
import java.util.Map;

/** Competitive factors and one value curve per player, scored 0..10 per factor. */
public record StrategyCanvas(
        @Doc("The factors customers compare suppliers on, e.g. [price, service, range].")
        List<String> factors,

        @Range(min = 0, max = 10)
        @Doc("Per player (us, a competitor): one score 0..10 per factor, in the order of factors.")
        Map<String, List<Double>> curves,

        Origin origin) {}
