package io.keyplan.model;

/** One investment, by the customer or by us. */
public record Investment(
        @Required @Doc("What is invested.") String item,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("How much, in the portal currency.")
        Double amount,

        Origin origin) {}
