package io.keyplan.model;

import java.util.List;
import java.util.Map;

/** Section 3: what the relationship brings us. */
public record BusinessReview(
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("Our revenue with the customer per year.")
        Map<Integer, Double> revenue,

        @Range(min = -100, max = 100) @Doc("Our gross margin on this customer, in percent (0..100).")
        Double grossMarginPct,

        @Range(min = -100, max = 100)
        @Doc("Our net contribution on this customer, in percent (0..100); needed to rank accounts by profit.")
        Double netContributionPct,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("The customer's total spend in our categories this year.")
        Double customerSpend,

        @Doc("Our revenue per product: a list of {name, revenue: {year: amount}}.")
        List<Product> products,

        @Doc("Quotes won and lost this year (counts).") Quotes quotes,
        Origin origin) {}
