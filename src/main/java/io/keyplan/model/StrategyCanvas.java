package io.keyplan.model;

import java.util.List;
import java.util.Map;

/** Competitive factors and one value curve per player, scored 0..10 per factor. */
public record StrategyCanvas(
        List<String> factors, @Range(min = 0, max = 10) Map<String, List<Double>> curves, Origin origin) {}
