package io.keyplan.model;

/** One investment, by the customer or by us. */
public record Investment(
        @Required String item,
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) Double amount,
        Origin origin) {}
