package io.keyplan.model;

/** Quotes won and lost this year. */
public record Quotes(
        @Range(min = 0, max = 1e9) @Doc("Number of quotes won this year.")
        Integer won,

        @Range(min = 0, max = 1e9) @Doc("Number of quotes lost this year.")
        Integer lost,

        Origin origin) {}
