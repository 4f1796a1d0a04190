package io.keyplan.model;

/** A competitor at the customer. */
public record Competitor(
        @Required @Doc("The competitor's name.") String name,

        @Range(min = 0, max = 100) @Doc("The competitor's share of the customer's spend, in percent (0..100).")
        Double sharePct,

        @Doc("The competitor's strengths.") String strengths,
        @Doc("The competitor's weaknesses.") String weaknesses,
        Origin origin) {}
