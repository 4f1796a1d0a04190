package io.keyplan.model;

import java.util.Map;

/** A product or service we sell to the customer, with revenue per year. */
public record Product(
        @Required String name,
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) Map<Integer, Double> revenue,
        Origin origin) {}
