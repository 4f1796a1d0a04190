package io.keyplan.model;

import java.util.List;

/** Criteria of both axes of the portfolio matrix and the high/low threshold (spec 6.3). */
public record SelectionSettings(
        @Doc("How attractive the customer is to us.") List<Criterion> attractiveness,

        @Doc("Our strength with the customer, relative to the best competitor.")
        List<Criterion> position,

        @Range(min = 1, max = 10) @Doc("An axis is high above this score. Default 5.5.")
        Double threshold,

        Origin origin) {}
