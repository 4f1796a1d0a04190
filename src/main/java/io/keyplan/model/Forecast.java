package io.keyplan.model;

/** Section 12: the revenue we expect. */
public record Forecast(
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("Revenue target for the current (fiscal) year.")
        Double currentYearTarget,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("year_1") @Doc("Expected revenue next year.")
        Double year1,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("year_2") @Doc("Expected revenue in two years.")
        Double year2,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("year_3") @Doc("Expected revenue in three years.")
        Double year3,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("years_4_6") @Doc("Total of years four to six.")
        Double years4To6,

        Origin origin) {}
