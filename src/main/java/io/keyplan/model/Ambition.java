package io.keyplan.model;

/** Section 6: where we stand with the customer and where we want to be. */
public record Ambition(
        @Doc("Where we stand with the customer today.") SupplierPosition currentPosition,
        @Doc("Where we want to stand.") SupplierPosition desiredPosition,
        @Doc("How we sell to this customer.") String sellingMethod,

        @Key("realistic_in_3_years") @Doc("What position is realistic within three years.")
        String realisticIn3Years,

        Origin origin) {}
