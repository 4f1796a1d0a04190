package io.keyplan.model;

/** One key-account selection criterion and its weight within its axis. */
public record Criterion(
        @Required String id,
        String label,
        @Range(min = 0, max = 100) Double weight,
        Origin origin) {}
