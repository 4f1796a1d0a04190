package io.keyplan.model;

/** Section 6: where we stand with the customer and where we want to be. */
public record Ambition(
        SupplierPosition currentPosition,
        SupplierPosition desiredPosition,
        String sellingMethod,

        @Key("realistic_in_3_years") @Doc("What position is realistic within three years.")
        String realisticIn3Years,

        Origin origin) {}
