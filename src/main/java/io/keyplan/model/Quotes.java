package io.keyplan.model;

/** Quotes won and lost this year. */
public record Quotes(
        @Range(min = 0, max = 1e9) Integer won,
        @Range(min = 0, max = 1e9) Integer lost,
        Origin origin) {}
