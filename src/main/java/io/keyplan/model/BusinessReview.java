package io.keyplan.model;

import java.util.List;
import java.util.Map;

/** Section 3: what the relationship brings us. */
public record BusinessReview(
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("Our revenue with the customer per year.")
        Map<Integer, Double> revenue,

        @Range(min = -100, max = 100) Double grossMarginPct,
        @Range(min = -100, max = 100) Double netContributionPct,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("The customer's total spend in our categories this year.")
        Double customerSpend,

        List<Product> products,
        Quotes quotes,
        Origin origin) {}
