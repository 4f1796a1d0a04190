package io.keyplan.model;

import java.util.List;

/** Section 10: what both sides put in. */
public record Investments(
        @Doc("What the customer invests in the relationship.")
        List<Investment> byCustomer,

        @Doc("What we invest in the relationship.") List<Investment> byUs,
        @Doc("Commitments made (a list of text).") List<String> commitments,
        Origin origin) {}
