package io.keyplan.model;

/** What the customer relationship should bring, short and long term. */
public record Expectations(
        @Doc("Expectations for the short term (up to a year).")
        String shortTerm,

        @Doc("Expectations for the long term (one to five years).")
        String longTerm,

        Origin origin) {}
