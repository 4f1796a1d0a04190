package io.keyplan.model;

/** Section 12: the revenue we expect. */
public record Forecast(
        Double currentYearTarget,
        @Key("year_1") Double year1,
        @Key("year_2") Double year2,
        @Key("year_3") Double year3,
        @Key("years_4_6") @Doc("Total of years four to six.") Double years4To6,
        Origin origin) {
}
