package io.keyplan.model;

/** Section 12: the revenue we expect. */
public record Forecast(
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) Double currentYearTarget,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("year_1")
        Double year1,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("year_2")
        Double year2,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("year_3")
        Double year3,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Key("years_4_6") @Doc("Total of years four to six.")
        Double years4To6,

        Origin origin) {}
