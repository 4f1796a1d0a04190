package io.keyplan.model;

/** Section 8: why the partnership makes sense for both sides. */
public record StrategicFit(String customerSuccess, String ourReturn, String addedValue, Origin origin) {}
