package io.keyplan.model;

/** Section 15: why this is a key account. */
public record Why(
        @Doc("Why this customer is a key account, in a sentence.")
        String statement,

        @Doc("Where the relationship should be in a few years.")
        String vision,

        Origin origin) {}
