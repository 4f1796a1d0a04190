package io.keyplan.model;

/** Section 15: why this is a key account. */
public record Why(String statement, String vision, Origin origin) {}
