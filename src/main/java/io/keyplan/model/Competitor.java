package io.keyplan.model;

/** A competitor at the customer. */
public record Competitor(
        @Required String name,
        @Range(min = 0, max = 100) Double sharePct,
        String strengths,
        String weaknesses,
        Origin origin) {}
