package io.keyplan.model;

import java.util.Map;

/** A product or service we sell to the customer, with revenue per year. */
public record Product(
        @Required @Doc("The product.") String name,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("Revenue per year: {2025: 415000}.")
        Map<Integer, Double> revenue,

        Origin origin) {}
