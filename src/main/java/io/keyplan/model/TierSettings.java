package io.keyplan.model;

/** Cut-offs of the customer pyramid, as cumulative % of total positive profit (spec 6.4). */
public record TierSettings(
        @Range(min = 0, max = 100) @Doc("Platinum below this cumulative share. Default 50.")
        Double platinum,

        @Range(min = 0, max = 100) @Doc("Gold below this cumulative share. Default 80.")
        Double gold,

        Origin origin) {}
